/**
 * "Edit": the curator's desk, as the app's edit mode. A link, so the desk (its own chunk)
 * is only downloaded by those who follow it, and the page it opens can be bookmarked.
 */
export function EditLink({ location }: { location: { href: string } }) {
  const url = new URL(location.href);
  const data = url.searchParams.get('data');
  url.search = '';
  if (data) url.searchParams.set('data', data);
  url.searchParams.set('edit', '');
  return (
    <a className="edit-link" href={url.href.replace(/edit=$/, 'edit')}>
      Edit
    </a>
  );
}
