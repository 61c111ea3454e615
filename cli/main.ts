import { Command, CommanderError } from 'commander';
import { inspectOptions } from './cli-options.js';
import { demoCommand } from './demo-command.js';
import { inspectCommand, type CommandOutput } from './inspect-command.js';

function emit(output: CommandOutput): void {
  if (output.stdout) process.stdout.write(`${output.stdout}\n`);
  if (output.stderr) process.stderr.write(`${output.stderr}\n`);
  process.exitCode = output.exitCode;
}

const program = new Command('cchc')
  .description('Theo dõi kế hoạch cải cách hành chính: đọc phụ lục nhiệm vụ, tính thời hạn và trạng thái.')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('inspect')
  .description('Đọc bảng nhiệm vụ trong tệp .xlsx, .csv hoặc .txt và cho biết thời hạn, trạng thái, các lỗi.')
  .argument('<FILE>', 'tệp kế hoạch')
  .option('--sheet <NAME>', 'tên trang tính chứa bảng nhiệm vụ')
  .option('--year <YYYY>', 'năm của kế hoạch, nếu tiêu đề không ghi')
  .option('--as-of <YYYY-MM-DD>', 'ngày đánh giá (mặc định: hôm nay)')
  .option('--json', 'in một đối tượng JSON')
  .action(async (file: string, raw: Record<string, unknown>) => {
    const parsed = inspectOptions.safeParse(raw);
    if (!parsed.success) {
      emit({ stdout: '', stderr: parsed.error.issues.map((issue) => `Tùy chọn --${String(issue.path[0])}: ${issue.message}`).join('\n'), exitCode: 1 });
      return;
    }
    emit(await inspectCommand(file, parsed.data));
  });

program
  .command('demo')
  .description('Chạy thử trên kế hoạch mẫu đi kèm và cho biết kết quả nằm ở đâu.')
  .action(async () => emit(await demoCommand()));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 1;
  else {
    process.stderr.write(`Lỗi không mong đợi: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
