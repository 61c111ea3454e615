/**
 * The standalone page's four steps, in the words a clerk reads. Static text only: everything taken
 * from the user's file is put in with textContent by the views.
 */
export const STANDALONE_MARKUP = `
<p class="privacy" id="sa-privacy"><strong>Dữ liệu không rời khỏi máy này.</strong> Tệp kế hoạch được đọc và tệp báo cáo được lập ngay trong trình duyệt; trang không tải tệp lên đâu cả và không gửi dữ liệu qua mạng.</p>

<section class="step" aria-labelledby="sa-step1">
  <h2 id="sa-step1"><span class="step-no">1</span> Chọn tệp kế hoạch</h2>
  <div id="sa-drop" class="drop-zone">
    <p>Kéo tệp kế hoạch thả vào khung này, hoặc</p>
    <label class="file-button">Chọn tệp trên máy…<input type="file" id="sa-file" accept=".xlsx,.xlsm,.docx,.csv,.txt,.tsv,.md"></label>
    <p class="hint">Tệp Excel (.xlsx), văn bản Word (.docx), .csv hoặc .txt có bảng phụ lục nhiệm vụ (cột STT, Nhiệm vụ, Cơ quan chủ trì, Thời hạn…); có thể chọn cả văn bản kế hoạch, chương trình tự tìm bảng phụ lục bên trong. Tệp PDF: mở bằng Word, lưu thành .docx rồi chọn tệp .docx.</p>
  </div>
  <p class="hint template-offer" id="sa-template-box">Kế hoạch chưa có bảng phụ lục nhiệm vụ? <button type="button" id="sa-template">Tải bảng kế hoạch mẫu (.xlsx)</button> Bảng trống có sẵn các cột, mục và công thức trạng thái, giống tệp lệnh <code>cchc template</code> lập; chép nhiệm vụ vào rồi chọn lại tệp ở đây.</p>
  <details id="sa-paste-box">
    <summary>Hoặc dán bảng phụ lục chép từ Word</summary>
    <p class="hint">Trong Word, bôi đen cả bảng phụ lục (kể cả dòng tiêu đề cột), hoặc cả văn bản kế hoạch (Ctrl+A), bấm Ctrl+C; bấm vào ô dưới đây, bấm Ctrl+V, rồi bấm “Đọc bảng đã dán”.</p>
    <textarea id="sa-paste" rows="6" spellcheck="false" aria-label="Bảng phụ lục dán từ Word"></textarea>
    <button type="button" id="sa-paste-read">Đọc bảng đã dán</button>
  </details>
  <p id="sa-file-status" class="file-status" role="status" aria-live="polite" hidden></p>
</section>

<div id="sa-plan" hidden>
  <section class="step" aria-labelledby="sa-step2">
    <h2 id="sa-step2"><span class="step-no">2</span> Xem lại kế hoạch</h2>
    <p id="sa-plan-title" class="plan-title"></p>
    <dl id="sa-facts" class="facts"></dl>
    <h3>Nhiệm vụ theo trạng thái <span id="sa-judged" class="hint"></span></h3>
    <div id="sa-counts"></div>
    <div id="sa-chart" class="chart"></div>
    <h3>Điểm cần xem trong bảng</h3>
    <div id="sa-findings"></div>
    <details id="sa-tasks-box">
      <summary id="sa-tasks-summary">Danh sách nhiệm vụ</summary>
      <div class="table-wrap"><table id="sa-tasks" class="tasks"></table></div>
    </details>
  </section>

  <section class="step" aria-labelledby="sa-step3">
    <h2 id="sa-step3"><span class="step-no">3</span> Chọn kỳ báo cáo và ngày đánh giá</h2>
    <div id="sa-period-box"></div>
    <p id="sa-period-detail" class="hint"></p>
    <label for="sa-as-of">Ngày đánh giá (ngày/tháng/năm)</label>
    <input id="sa-as-of" type="text" inputmode="numeric" placeholder="dd/mm/yyyy" autocomplete="off" size="12">
    <p id="sa-as-of-hint" class="hint">Mặc định là hôm nay. Trạng thái ở bước 2 và trong tệp báo cáo tính theo ngày này.</p>
    <div id="sa-settings"></div>
  </section>

  <section class="step step-report" aria-labelledby="sa-step4">
    <h2 id="sa-step4"><span class="step-no">4</span> Tải báo cáo, in bảng tổng hợp</h2>
    <button type="button" id="sa-download" class="action primary">Tải tệp báo cáo (.xlsx)</button>
    <p class="hint">Tệp giống hệt tệp lệnh <code>cchc report</code> lập: trang Theo dõi CCHC (công thức trạng thái sống), trang Tổng hợp của kỳ và trang Cài đặt CCHC.</p>
    <p id="sa-download-status" class="file-status" role="status" aria-live="polite" hidden></p>
    <button type="button" id="sa-print" class="action">In bảng tổng hợp</button>
    <div id="sa-summary" class="print-summary"></div>
  </section>
</div>
`;
