#!/usr/bin/env node
import { once } from 'node:events';
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

/**
 * Exits once the output is flushed. The work is done and Redis closed by now, but ioredis can
 * leave a command-timeout timer behind after QUIT that would hold the process for up to
 * REDIS_COMMAND_TIMEOUT_MS.
 */
async function exitWhenFlushed(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.writableLength > 0) await once(stream, 'drain');
  }
  process.exit();
}

main()
  .catch((error: Error & { code?: string; exitCode?: number }) => {
    if (error.code?.startsWith('commander.')) {
      // commander has printed the help or `error: …` already.
      process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
      return;
    }
    process.stderr.write(`litgo-triage: ${error.message.split('\n')[0]}\n`);
    process.exitCode = 1;
  })
  .finally(exitWhenFlushed);
