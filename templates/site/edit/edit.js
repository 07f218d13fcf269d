// The edit form of pmo serve --edit: checks the file as it is typed, with the problems pmo
// validate would find shown beside their fields and in the summary; lists that grow and shrink;
// a preview of the Markdown text. Without this script the form still saves, and the server shows
// the problems after a save.
(function () {
  "use strict";
  var form = document.querySelector("form.edit-form");
  if (!form) {
    return;
  }
  var summary = document.getElementById("error-summary");
  var status = document.getElementById("check-status");
  var timer = null;
  var sent = 0;

  function body(extra) {
    var data = new URLSearchParams(new FormData(form));
    if (extra) {
      Object.keys(extra).forEach(function (k) { data.set(k, extra[k]); });
    }
    return data;
  }

  function post(url, data) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: data,
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (r) {
      if (!r.ok) {
        throw new Error("status " + r.status);
      }
      return r.json();
    });
  }

  function clearErrors() {
    form.querySelectorAll(".field--error").forEach(function (f) { f.classList.remove("field--error"); });
    form.querySelectorAll("[aria-invalid]").forEach(function (f) { f.removeAttribute("aria-invalid"); });
    form.querySelectorAll(".field__error").forEach(function (p) {
      if (p.id) {
        p.hidden = true;
        p.textContent = "";
      } else {
        p.remove();
      }
    });
  }

  function showError(id, message) {
    var control = id ? document.getElementById(id) : null;
    if (!control) {
      return false;
    }
    var error = document.getElementById(id + "-error");
    if (error && error.hidden) {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = "Error: ";
      error.appendChild(hidden);
      error.appendChild(document.createTextNode(message));
      error.hidden = false;
      control.setAttribute("aria-invalid", "true");
      var field = control.closest(".field");
      if (field) {
        field.classList.add("field--error");
      }
    } else if (!error && control.tagName === "FIELDSET") {
      var p = document.createElement("p");
      p.className = "field__error";
      p.textContent = message;
      control.insertBefore(p, control.children[1] || null);
    }
    return true;
  }

  function showProblems(problems) {
    clearErrors();
    var list = summary.querySelector("ul");
    list.textContent = "";
    var shown = 0;
    problems.forEach(function (p) {
      if (p.severity !== "error" && p.severity !== "warning") {
        return;
      }
      var text = (p.severity === "warning" ? "Warning: " : "") + p.message;
      var placed = showError(p.field, text);
      var item = document.createElement("li");
      if (placed) {
        var link = document.createElement("a");
        link.href = "#" + p.field;
        link.textContent = text;
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
      shown++;
    });
    summary.hidden = shown === 0;
    status.textContent = shown === 0 ? "Checked: no problems." : "Checked: " + shown + (shown === 1 ? " problem." : " problems.");
  }

  function check() {
    var mine = ++sent;
    post(form.dataset.check, body()).then(function (result) {
      if (mine === sent) {
        showProblems(result.problems);
      }
    }).catch(function () {
      status.textContent = "The form could not be checked: is pmo serve still running?";
    });
  }

  function preview() {
    var text = document.getElementById("f-body");
    var out = document.getElementById("body-preview");
    if (!text || !out) {
      return;
    }
    post(form.dataset.preview, body({ text: text.value })).then(function (result) {
      out.innerHTML = result.html; // rendered by pmo's own Markdown renderer, which escapes raw HTML
    }).catch(function () {});
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { check(); preview(); }, 400);
  }

  // A link of the summary moves the focus to its field, as the GOV.UK pattern does.
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: "center" });
    }
  });

  function renumber(node, index, number) {
    node.querySelectorAll("[id],[name],[for],[aria-describedby],[data-field]").forEach(function (el) {
      ["id", "name", "for", "aria-describedby", "data-field"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value && value.indexOf("__i__") >= 0) {
          el.setAttribute(attr, value.replace(/__i__/, String(index)));
        }
      });
    });
    node.querySelectorAll("legend, label, .visually-hidden").forEach(function (el) {
      if (el.childNodes.length && el.firstChild.nodeType === 3) {
        el.firstChild.nodeValue = el.firstChild.nodeValue.replace("__n__", String(number));
      }
    });
  }

  form.querySelectorAll("fieldset.list").forEach(function (list) {
    var add = list.querySelector(":scope > .list__add");
    var template = list.querySelector(":scope > template.list__template");
    var items = list.querySelector(":scope > .list__items");
    add.hidden = false;
    items.querySelectorAll(":scope > .list__item > .list__remove").forEach(function (b) { b.hidden = false; });
    add.addEventListener("click", function () {
      var next = Number(list.dataset.next);
      list.dataset.next = String(next + 1);
      var item = template.content.firstElementChild.cloneNode(true);
      renumber(item, next, items.children.length + 1);
      item.querySelector(".list__remove").hidden = false;
      items.appendChild(item);
      var first = item.querySelector("input, select, textarea");
      if (first) {
        first.focus();
      }
      later();
    });
  });

  form.addEventListener("click", function (event) {
    var remove = event.target.closest(".list__remove");
    if (!remove) {
      return;
    }
    var item = remove.closest(".list__item");
    var list = item.closest("fieldset.list");
    item.remove();
    list.querySelector(":scope > .list__add").focus();
    later();
  });

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  if (!summary.hidden) {
    summary.focus();
  }
})();
