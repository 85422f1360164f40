import { CommandRunner } from 'nest-commander';

type CommanderCommand = Parameters<CommandRunner['setCommand']>[0];

/**
 * Base of every command: commander's usage errors (unknown flag, missing value) are thrown
 * to `main` instead of exiting the process there, so that they get the usage exit code.
 * nest-commander sets this only on the root command; subcommands do not inherit it.
 */
export abstract class OperatorCommand extends CommandRunner {
  override setCommand(command: CommanderCommand): this {
    command.exitOverride((error) => {
      throw error;
    });
    return super.setCommand(command);
  }
}
