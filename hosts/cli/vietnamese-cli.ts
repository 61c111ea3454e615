import { Help, type Command } from 'commander';
import { message, renderMessage, type Message } from '../../src/messages/catalogue.js';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

const USAGE_WORDS: Readonly<Record<string, string>> = { '[options]': '[tùy chọn]', '[command]': '[lệnh]' };

const translateUsage = (usage: string) =>
  usage
    .split(' ')
    .map((word) => USAGE_WORDS[word] ?? word)
    .join(' ');

/**
 * The parser's own English sentences (commander 14) and their Vietnamese. Each pattern is matched on
 * the whole message; the quoted names are kept as the user typed them.
 */
const PARSER_MESSAGES: readonly [RegExp, (...parts: string[]) => Message][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (flag, suggestion) => message('CLI_UNKNOWN_OPTION', { flag, suggestion })],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (name, suggestion) => message('CLI_UNKNOWN_COMMAND', { name, suggestion })],
  [/^error: missing required argument '([^']*)'$/, (name) => message('CLI_MISSING_ARGUMENT', { name })],
  [/^error: option '([^']*)' argument missing$/, (flags) => message('CLI_OPTION_NEEDS_VALUE', { flags })],
  [/^error: required option '([^']*)' not specified$/, (flags) => message('CLI_REQUIRED_OPTION', { flags })],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (command, expected, got) => message('CLI_TOO_MANY_ARGUMENTS', { command, expected, got })],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)$/s, (flags, value, why) => message('CLI_INVALID_OPTION_VALUE', { flags, value, why })],
  [/^error: (.*) cannot be used with (.*)$/, (one, other) => message('CLI_CONFLICTING_OPTIONS', { one, other })],
];

/** A parser message in Vietnamese; one we do not know keeps its text after "Lỗi:" rather than being lost. */
export function vietnameseParserMessage(said: string): string {
  const text = said.trim();
  for (const [pattern, render] of PARSER_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return renderMessage(render(...match.slice(1).map((part) => part ?? '')));
  }
  return renderMessage(message('CLI_PARSER_OTHER', { text: text.replace(/^error: /, '') }));
}

const HINT = renderMessage(message('CLI_HELP_HINT', {}));

/**
 * Makes a command speak Vietnamese: help headings, usage words, the help option and help command,
 * the version option, and every message of the argument parser. Commander copies these settings to
 * each subcommand made afterwards with `.command()`, so call it on the program before adding commands:
 * a new command then gets Vietnamese help and messages with no code of its own.
 */
export function configureVietnamese(program: Command, version?: string): Command {
  program
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      styleUsage: (usage: string) => translateUsage(usage),
      subcommandTerm: (command: Command) => translateUsage(new Help().subcommandTerm(command)),
    })
    .helpOption('-h, --help', 'xem hướng dẫn của lệnh')
    .helpCommand('help [LỆNH]', 'xem hướng dẫn của một lệnh')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${vietnameseParserMessage(text)}\n${HINT}\n`) });
  if (version !== undefined) program.version(version, '-V, --version', 'in số phiên bản');
  return program;
}
