/** The standalone page's province step, in the words a Department of Home Affairs' officer reads. Static text only. */
export const PROVINCE_MARKUP = `
<h2 id="sa-province-title"><span class="step-no">+</span> Tổng hợp nhiều xã, phường (Sở Nội vụ)</h2>
<p class="hint">Chọn cùng lúc tệp kế hoạch hoặc báo cáo của nhiều xã, phường, đặc khu (.xlsx, .docx, .csv, .txt), hoặc cả thư mục chứa chúng. Trang đọc từng tệp ngay trên máy này và lập một bảng tổng hợp .xlsx giống hệt lệnh <code>cchc consolidate</code>: xếp hạng các xã, phường, tổng hợp theo mục, các nhiệm vụ quá hạn và các tệp không đọc được.</p>
<div id="sa-province-drop" class="drop-zone">
  <p>Kéo các tệp hoặc cả thư mục thả vào khung này, hoặc</p>
  <label class="file-button">Chọn nhiều tệp…<input type="file" id="sa-province-files" multiple accept=".xlsx,.xlsm,.docx,.csv,.txt,.tsv"></label>
  <label class="file-button">Chọn cả thư mục…<input type="file" id="sa-province-folder" webkitdirectory multiple></label>
  <p id="sa-province-chosen" class="hint">Chưa chọn tệp nào.</p>
</div>
<label for="sa-province-period">Kỳ báo cáo</label>
<select id="sa-province-period"></select>
<label for="sa-province-as-of">Ngày đánh giá (ngày/tháng/năm)</label>
<input id="sa-province-as-of" type="text" inputmode="numeric" placeholder="dd/mm/yyyy" autocomplete="off" size="12">
<p id="sa-province-as-of-hint" class="hint">Mặc định là hôm nay. Mọi kế hoạch được đánh giá tại ngày chốt số liệu của kỳ, hoặc tại ngày này nếu sớm hơn.</p>
<button type="button" id="sa-province-download" class="action primary" disabled>Lập và tải bảng tổng hợp (.xlsx)</button>
<progress id="sa-province-progress" hidden></progress>
<p id="sa-province-status" class="file-status" role="status" aria-live="polite" hidden></p>
`;
