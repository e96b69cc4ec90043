// Kandidaat's small file bridge between the browser and the WebAssembly app (issue 16): a real <input type=file>
// for picking a CSV or CV file (or dropping one on the page), uploads through XMLHttpRequest so the app can show
// progress, and downloads through a link. The file's bytes stay in JavaScript; the app only learns name and size.
window.KandidaatFiles = (function () {
  'use strict';
  const files = {};  // slot ("csv", "cv") -> File

  function call(name, types, args) {
    if (window.Module && Module.calledRun) Module.ccall(name, null, types, args);
  }
  function picked(slot, file) {
    files[slot] = file;
    call('kandidaat_file_picked', ['string', 'string', 'number'], [slot, file.name, file.size]);
  }

  function pick(slot, accept) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept || '';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      const f = input.files && input.files[0];
      input.remove();
      if (f) picked(slot, f);
    });
    document.body.appendChild(input);
    input.click();
  }

  function upload(id, slot, method, url, csrf, contentType) {
    const f = files[slot];
    const done = (status, text) => call('kandidaat_upload_done', ['number', 'number', 'string'], [id, status, text]);
    if (!f) { done(0, ''); return; }
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Content-Type', contentType || f.type || 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) call('kandidaat_upload_progress', ['number', 'number', 'number'], [id, e.loaded, e.total]);
    };
    xhr.onload = function () { done(xhr.status, xhr.responseText || ''); };
    xhr.onerror = function () { done(0, ''); };
    xhr.send(f);
  }

  function download(url) {
    const a = document.createElement('a');
    a.href = url;
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // Drag and drop: a .csv dropped anywhere on the page goes to the "csv" slot, a .pdf/.docx to "cv".
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!f) return;
    picked(/\.(pdf|docx)$/i.test(f.name) ? 'cv' : 'csv', f);
  });

  return { pick: pick, upload: upload, download: download, forget: function (slot) { delete files[slot]; } };
})();
