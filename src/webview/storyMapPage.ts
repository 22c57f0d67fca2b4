import { MAP_EXPORTS } from '../core/map/export';

/** The page's own markup: constant text only; the script fills in what comes from the dictionaries. */
export const STORY_MAP_BODY = `<div class="toolbar" role="toolbar" aria-label="Story map">
<fieldset><legend>Show</legend>
<label><input type="checkbox" data-type="person"> <span class="swatch person"></span> people</label>
<label><input type="checkbox" data-type="place"> <span class="swatch place"></span> places</label>
<label><input type="checkbox" data-type="organization"> <span class="swatch organization"></span> organisations</label>
</fieldset>
<details><summary>Relations</summary><fieldset id="kind-filters" aria-label="Relations to show"></fieldset></details>
<button id="zoom-in" title="Zoom in (+)">+</button><button id="zoom-out" title="Zoom out (-)">−</button><button id="fit" title="Fit the map in the panel (0)">Fit</button>
<label>Export as <select id="export-format">${MAP_EXPORTS.map(({ extension, label }) => `<option value="${extension}">${label}</option>`).join('')}</select></label><button id="export">Export…</button>
<span id="summary" role="status"></span>
</div>
<svg id="map" tabindex="0" aria-label="Story map: arrows move between entities, Enter shows the next mention in the draft, Shift+Enter the dictionary entry; + and - zoom, 0 fits, Ctrl+arrows pan. The tables below list what is drawn.">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>
<g id="viewport"><g id="edges"></g><g id="edge-labels"></g><g id="nodes"></g></g>
</svg>
<div class="visually-hidden">
<table><caption>Entities on the map</caption><thead><tr><th>Name</th><th>Type</th><th>Mentions in the draft</th></tr></thead><tbody id="entity-rows"></tbody></table>
<table><caption>Relations on the map</caption><thead><tr><th>Entity</th><th>Relation</th><th>Related entity</th></tr></thead><tbody id="relation-rows"></tbody></table>
</div>`;
