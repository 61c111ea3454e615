import { Help, type Command } from 'commander';

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
const PARSER_MESSAGES: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (flag, hint) => `Không có tùy chọn “${flag}”.${hint ? ` Có phải ý bạn là ${hint}?` : ''}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, (name, hint) => `Không có lệnh “${name}”.${hint ? ` Có phải ý bạn là ${hint}?` : ''}`],
  [/^error: missing required argument '([^']*)'$/, (name) => `Thiếu tham số ${name}.`],
  [/^error: option '([^']*)' argument missing$/, (flags) => `Tùy chọn ${flags} cần một giá trị.`],
  [/^error: required option '([^']*)' not specified$/, (flags) => `Thiếu tùy chọn bắt buộc ${flags}.`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (name, expected, got) => `Thừa tham số${name ? ` cho lệnh ${name}` : ''}: cần ${expected}, đã ghi ${got}.`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)$/s, (flags, value, why) => `Giá trị “${value}” của tùy chọn ${flags} không hợp lệ.${why ?? ''}`],
  [/^error: (.*) cannot be used with (.*)$/, (one, other) => `Không dùng ${one} cùng với ${other}.`],
];

/** A parser message in Vietnamese; one we do not know keeps its text after "Lỗi:" rather than being lost. */
export function vietnameseParserMessage(message: string): string {
  const text = message.trim();
  for (const [pattern, render] of PARSER_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1).map((part) => part ?? ''));
  }
  return `Lỗi: ${text.replace(/^error: /, '')}`;
}

const HINT = 'Xem hướng dẫn: cchc --help, hoặc cchc TÊN-LỆNH --help.';

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
