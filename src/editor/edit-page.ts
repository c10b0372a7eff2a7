/**
 * The editor on the app's page (`index.html?edit`): registers `<archipelago-editor>`, which main.ts put in
 * the map's place, and turns the header's Edit link into the way back to the map (keeping the query).
 */
import './archipelago-editor';

const link = document.querySelector<HTMLAnchorElement>('#edit-open');
if (link) {
  const query = new URLSearchParams(location.search);
  query.delete('edit');
  link.search = query.toString();
  link.textContent = 'View the map';
}
