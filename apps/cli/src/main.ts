#!/usr/bin/env node
import { CommandFactory } from 'nest-commander';
import { CommandsModule } from './commands.module';

/** Exit code of a usage error (unknown command or flag, bad flag value). */
const USAGE_EXIT_CODE = 2;

interface HelpTarget {
  name(): string;
  usage(): string;
  parent: HelpTarget | null;
}

async function main(): Promise<void> {
  await CommandFactory.run(CommandsModule, {
    logger: false,
    cliName: 'litgo-triage',
    // Throwing here stops commander from calling process.exit, so the summary and exit code stay ours.
    errorHandler: (error) => {
      throw error;
    },
    serviceErrorHandler: (error) => {
      throw error;
    },
    helpConfiguration: {
      commandUsage: (command: HelpTarget) => {
        const names: string[] = [];
        for (let c: HelpTarget | null = command; c; c = c.parent) names.unshift(c.parent ? c.name() : 'litgo-triage');
        return `${names.join(' ')} ${command.usage()}`;
      },
    } as never,
  });
}

main().catch((error: Error & { code?: string; exitCode?: number }) => {
  if (error.code?.startsWith('commander.')) {
    // commander has printed the help or `error: …` already.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    return;
  }
  process.stderr.write(`litgo-triage: ${error.message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
