import { Command, CommanderError } from 'commander';
import type { z } from 'zod';
import { consolidateOptions, inspectOptions, reportOptions, templateOptions } from './cli-options.js';
import { consolidateCommand } from './consolidate-command.js';
import { demoCommand } from './demo-command.js';
import { inspectCommand, type CommandOutput } from './inspect-command.js';
import { reportCommand } from './report-command.js';
import { templateCommand } from './template-command.js';
import { configureVietnamese } from './vietnamese-cli.js';
import { version } from '../../package.json';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../../src/sheet/due-soon-limits.js';
import { DEFAULT_DUE_SOON_DAYS } from '../../src/use-cases/plan-settings.js';

function emit(output: CommandOutput): void {
  if (output.stdout) process.stdout.write(`${output.stdout}\n`);
  if (output.stderr) process.stderr.write(`${output.stderr}\n`);
  process.exitCode = output.exitCode;
}

/** Checks raw options with a schema; a bad value becomes a Vietnamese message and exit code 1. */
function withOptions<T>(schema: z.ZodType<T>, run: (options: T) => Promise<CommandOutput>) {
  return async (raw: Record<string, unknown>) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const flag = (key: PropertyKey) => `--${String(key).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
      const lines = parsed.error.issues.map((issue) => renderMessage(message('CLI_OPTION_INVALID', { flag: flag(issue.path[0] ?? ''), reason: issue.message })));
      emit({ stdout: '', stderr: lines.join('\n'), exitCode: 1 });
      return;
    }
    emit(await run(parsed.data));
  };
}

// Vietnamese help and parser messages first: every command added below inherits them.
const program = configureVietnamese(new Command('cchc'), version).description('Theo dõi kế hoạch cải cách hành chính: đọc phụ lục nhiệm vụ, tính thời hạn, trạng thái và tổng hợp quý.');

program
  .command('inspect')
  .description('Đọc bảng nhiệm vụ trong tệp .xlsx, .csv hoặc .txt và cho biết thời hạn, trạng thái, các lỗi.')
  .argument('<TỆP>', 'tệp kế hoạch')
  .option('--sheet <TÊN>', 'tên trang tính chứa bảng nhiệm vụ')
  .option('--year <NĂM>', 'năm của kế hoạch, nếu tiêu đề không ghi')
  .option('--as-of <NGÀY>', 'ngày đánh giá, dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay)')
  .option('--json', 'in một đối tượng JSON')
  .action((file: string, raw: Record<string, unknown>) => withOptions(inspectOptions, (options) => inspectCommand(file, options))(raw));

program
  .command('report')
  .description('Lập tệp báo cáo .xlsx: giữ nguyên các trang của bạn, thêm trang theo dõi và trang tổng hợp kỳ báo cáo.')
  .argument('<TỆP>', 'tệp kế hoạch')
  .option('-o, --output <TỆP.xlsx>', 'tệp báo cáo sẽ ghi (mặc định: cạnh tệp kế hoạch)')
  .option('--period <KỲ>', 'kỳ báo cáo: “Quý I/2026” (hoặc “Quý 1/2026”), “6 tháng/2026”, “Quý III/2026”, “Năm 2026”; quý dương lịch: “Q2/2026” (mặc định: kỳ sắp phải nộp)')
  .option('--as-of <NGÀY>', 'ngày đánh giá, dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay; số liệu không tính sau ngày chốt của kỳ)')
  .option('--sheet <TÊN>', 'tên trang tính chứa bảng nhiệm vụ')
  .option('--year <NĂM>', 'năm của kế hoạch, nếu tiêu đề không ghi')
  .option('--due-soon <SỐ-NGÀY>', `số ngày trước hạn được coi là sắp đến hạn, từ ${DUE_SOON_DAYS_MIN} đến ${DUE_SOON_DAYS_MAX} (mặc định ${DEFAULT_DUE_SOON_DAYS})`)
  .option('--force', 'ghi đè nếu tệp báo cáo đã có')
  .action((file: string, raw: Record<string, unknown>) => withOptions(reportOptions, (options) => reportCommand(file, options))(raw));

program
  .command('consolidate')
  .description('Tổng hợp kế hoạch CCHC của nhiều xã, phường (cả thư mục): xếp hạng, theo mục, nhiệm vụ quá hạn, tệp không đọc được.')
  .argument('<DIR|FILE...>', 'thư mục chứa tệp của các xã, phường, hoặc các tệp')
  .option('-o, --output <OUT.xlsx>', 'tệp tổng hợp sẽ ghi (mặc định: tong-hop-cchc-KỲ.xlsx ở thư mục hiện tại)')
  .option('--period <KỲ>', 'kỳ báo cáo, như lệnh report (mặc định: kỳ sắp phải nộp)')
  .option('--as-of <YYYY-MM-DD>', 'ngày đánh giá (mặc định: hôm nay)')
  .option('--json', 'in một đối tượng JSON (chỉ ghi tệp .xlsx khi có -o)')
  .option('--force', 'ghi đè nếu tệp tổng hợp đã có')
  .action((paths: string[], raw: Record<string, unknown>) => withOptions(consolidateOptions, (options) => consolidateCommand(paths, options))(raw));

program
  .command('template')
  .description('Tạo bảng kế hoạch mẫu trống: các cột chuẩn, bảy mục thường gặp, danh sách chọn và công thức trạng thái.')
  .option('-o, --output <TỆP.xlsx>', 'tệp sẽ ghi (mặc định: ke-hoach-cchc-NĂM.xlsx)')
  .option('--year <NĂM>', 'năm của kế hoạch (mặc định: năm nay)')
  .option('--force', 'ghi đè nếu tệp đã có')
  .action((raw: Record<string, unknown>) => withOptions(templateOptions, templateCommand)(raw));

program
  .command('demo')
  .description('Chạy thử trên kế hoạch mẫu đi kèm và cho biết kết quả nằm ở đâu.')
  .action(async () => emit(await demoCommand()));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 1;
  else {
    process.stderr.write(`${renderMessage(message('UNEXPECTED_ERROR', { detail: (error as Error).message }))}\n`);
    process.exitCode = 1;
  }
}
