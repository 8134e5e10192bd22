// The corpus report's behaviour: the accusation graph (Cytoscape.js, vendored beside this file),
// the clicked node's accusations, and the claims filters. All text from articles and models goes
// through textContent, never innerHTML. The page records what it drew in
// <body data-graph-nodes data-graph-edges data-errors> so a headless browser test can read it.
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message));
    document.body.setAttribute("data-errors", errors.join(" | "));
  });
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function articleLink(key, href) {
    return href ? el("a", key, { href: href }) : el("span", key);
  }

  // --- graph
  var details = document.getElementById("node-details");
  function showNode(id, label) {
    details.textContent = "";
    details.appendChild(el("h3", label));
    var items = data.graph.details[id] || [];
    if (!items.length) details.appendChild(el("p", "No accusation recorded.", { "class": "note" }));
    items.forEach(function (item) {
      var p = el("p");
      p.appendChild(el("b", item.accuser));
      p.appendChild(document.createTextNode(" accuses "));
      p.appendChild(el("b", item.accused));
      if (item.accusation) p.appendChild(document.createTextNode(" of " + item.accusation));
      p.appendChild(document.createTextNode(" — "));
      p.appendChild(articleLink(item.article, item.href));
      details.appendChild(p);
      item.quotes.forEach(function (q) { details.appendChild(el("blockquote", q[1], { title: item.article + " " + q[0] })); });
    });
    if (items.length >= data.graph.detail_cap) details.appendChild(el("p", "First " + data.graph.detail_cap + " accusations shown; accusations.csv has all.", { "class": "note" }));
  }

  var container = document.getElementById("graph");
  var nodes = data.graph.nodes, edges = data.graph.edges;
  if (!nodes.length) {
    container.appendChild(el("p", "No accusation in this corpus.", { "class": "note" }));
  } else if (typeof cytoscape !== "function") {
    container.appendChild(el("p", "The graph library did not load.", { "class": "note" }));
  } else {
    var maxWeight = Math.max.apply(null, edges.map(function (e) { return e.weight; }).concat([1]));
    var elements = nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, kind: n.kind, size: 18 + 4 * Math.sqrt(n.accused + n.accuses) } };
    }).concat(edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight, width: 1 + 5 * e.weight / maxWeight } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "background-color": "#6c8ebf", "text-valign": "bottom", "text-wrap": "ellipsis", "text-max-width": 120 } },
        { selector: "node[kind = 'country'], node[kind = 'government']", style: { "background-color": "#d79b00" } },
        { selector: "node[kind = 'organization'], node[kind = 'group']", style: { "background-color": "#82b366" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#b85450" } },
        { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#aaa", "target-arrow-color": "#aaa" } }
      ],
      layout: { name: nodes.length > 1 ? "cose" : "grid", animate: false, randomize: true, nodeRepulsion: 8000, idealEdgeLength: 90 }
    });
    cy.on("tap", "node", function (event) {
      showNode(event.target.id(), event.target.data("label"));
      history.replaceState(null, "", "#node=" + encodeURIComponent(event.target.id()));
    });
    // A link to one party: report.html#node=ID opens with that node selected and its accusations shown.
    var wanted = /^#node=(.+)$/.exec(location.hash);
    if (wanted) {
      var target = cy.getElementById(decodeURIComponent(wanted[1]));
      if (target.nonempty()) {
        target.select();
        showNode(target.id(), target.data("label"));
        document.getElementById("network").scrollIntoView();
      }
    }
    document.body.setAttribute("data-graph-nodes", JSON.stringify(cy.nodes().map(function (n) { return n.data("label"); })));
    document.body.setAttribute("data-graph-edges", String(cy.edges().length));
    window.reportGraph = cy;
  }

  // --- claims table
  var kindBox = document.getElementById("claim-kind"), claimantBox = document.getElementById("claim-claimant"), targetBox = document.getElementById("claim-target");
  var tbody = document.querySelector("#claim-table tbody"), counter = document.getElementById("claim-count");
  var SHOWN = 300;
  function renderClaims() {
    var kind = kindBox.value, claimant = claimantBox.value.toLowerCase(), target = targetBox.value.toLowerCase();
    var matches = data.claims.rows.filter(function (r) {
      return (!kind || r[1] === kind) && (!claimant || r[2].toLowerCase().indexOf(claimant) >= 0) && (!target || r[3].toLowerCase().indexOf(target) >= 0);
    });
    tbody.textContent = "";
    matches.slice(0, SHOWN).forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("td", r[1] + (r[5] ? " (hedged)" : "")));
      tr.appendChild(el("td", r[2]));
      tr.appendChild(el("td", r[3]));
      tr.appendChild(el("td", r[4]));
      var td = el("td");
      td.appendChild(articleLink(data.article_keys[r[0]], data.article_links[r[0]]));
      tr.appendChild(td);
      tbody.appendChild(tr);
    });
    counter.textContent = matches.length + " matching" + (matches.length > SHOWN ? ", first " + SHOWN + " shown" : "");
    document.body.setAttribute("data-claims-shown", String(Math.min(matches.length, SHOWN)));
  }
  [kindBox, claimantBox, targetBox].forEach(function (box) { box.addEventListener("input", renderClaims); });
  renderClaims();
  document.body.setAttribute("data-ready", "1");
})();
