// Runs before the bundle, in ES5 only (checked by tests/excel/old-engine-guard.test.ts): Excel 2016/2019 run
// add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), which cannot parse the ES2020 bundle; the
// page would show buttons that do nothing. Here such an engine gets a Vietnamese message and a way out.
(function () {
  var modern = true;
  try {
    modern = typeof Promise === 'function' && typeof Symbol === 'function' && typeof new Function('var o = {}; return o?.a ?? (async function () {})')() === 'function';
  } catch (error) {
    modern = false;
  }
  if (modern) return;
  var message =
    'Excel trên máy này mở phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ), nên bảng điều khiển không chạy được. ' +
    'Cách khắc phục: dùng Excel trên web (office.com); hoặc cập nhật Office, cài Microsoft Edge WebView2 rồi mở lại Excel; ' +
    'hoặc mở trang cchc-offline.html bằng Chrome, Edge hay Firefox để lập báo cáo mà không cần Excel.';
  function show() {
    var status = document.getElementById('host-status');
    if (status === null) {
      status = document.createElement('p');
      document.body.appendChild(status);
    }
    status.removeAttribute('hidden');
    status.setAttribute('data-old-engine', 'true');
    status.textContent = message;
    var app = document.getElementById('app');
    if (app !== null) app.setAttribute('data-host', 'old-engine');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
