// The planning panel: a chat with the Product Owner, question widgets, the summary and the epic.
// It talks only to the extension, which relays `nocodo/plan/*` requests to the language server.
(function () {
  const vscode = acquireVsCodeApi();
  const log = document.getElementById("log");
  const widget = document.getElementById("widget");
  const input = document.getElementById("input");
  const pending = new Map();
  let nextId = 1;
  let sessionId = null;

  function say(text, kind) {
    const entry = document.createElement("div");
    entry.className = `entry ${kind}`;
    entry.textContent = text;
    log.appendChild(entry);
  }

  function request(method, params) {
    const id = nextId++;
    vscode.postMessage({ type: "request", id, method, params });
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  }

  function button(label, onClick) {
    const element = document.createElement("button");
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  }

  function renderQuestion(question) {
    widget.replaceChildren();
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = question.question;
    fieldset.appendChild(legend);
    if (question.kind === "text") {
      const field = document.createElement("input");
      field.type = "text";
      field.name = "answer";
      fieldset.appendChild(field);
    } else {
      for (const option of question.options || []) {
        const label = document.createElement("label");
        const choice = document.createElement("input");
        choice.type = question.kind === "single" ? "radio" : "checkbox";
        choice.name = "answer";
        choice.value = option;
        label.append(choice, " ", option);
        fieldset.append(label, document.createElement("br"));
      }
    }
    fieldset.appendChild(
      button("Answer", () => {
        const fields = [...fieldset.querySelectorAll("input[name=answer]")];
        const answer =
          question.kind === "text"
            ? fields[0].value
            : question.kind === "single"
              ? (fields.find((f) => f.checked) || {}).value
              : fields.filter((f) => f.checked).map((f) => f.value);
        widget.replaceChildren();
        say(Array.isArray(answer) ? answer.join(", ") : String(answer ?? ""), "user");
        send("nocodo/plan/answer", { sessionId, answer });
      }),
    );
    widget.appendChild(fieldset);
  }

  function renderEpic(epic) {
    widget.replaceChildren();
    const title = document.createElement("h3");
    title.textContent = epic.title;
    widget.appendChild(title);
    for (const task of epic.tasks || []) {
      const row = document.createElement("div");
      row.className = "task";
      row.textContent = `${task.title} [${task.role}] ${task.state}`;
      if (task.mode) row.appendChild(button("Run", () => send("nocodo/plan/runTask", { taskId: task.id })));
      widget.appendChild(row);
    }
  }

  function render(result) {
    if (!result) return;
    if (result.sessionId) sessionId = result.sessionId;
    if (result.message) say(typeof result.message === "string" ? result.message : result.message.text, "agent");
    if (result.question) renderQuestion(result.question);
    if (result.summary) {
      widget.replaceChildren(button("Confirm summary", () => send("nocodo/plan/confirm", { sessionId })));
    }
    if (result.epic) renderEpic(result.epic);
  }

  function send(method, params) {
    request(method, params).then(render, (error) => say(String(error), "error"));
  }

  document.getElementById("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    say(text, "user");
    if (sessionId) send("nocodo/plan/answer", { sessionId, answer: text });
    else send("nocodo/plan/start", { description: text });
  });

  window.addEventListener("message", (event) => {
    const message = event.data;
    if (message.type === "response" && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if ("error" in message) reject(message.error);
      else resolve(message.result);
    } else if (message.type === "notification") {
      render(message.params);
    }
  });
})();
