import { useI18n } from '../state';

/**
 * "Edit": the curator's desk, as the app's edit mode. A link, so the desk (its own chunk)
 * is only downloaded by those who follow it, and the page it opens can be bookmarked.
 */
export function EditLink({ location }: { location: { href: string } }) {
  const { t } = useI18n();
  const url = new URL(location.href);
  const data = url.searchParams.get('data');
  const lang = url.searchParams.get('lang');
  url.search = '';
  if (data) url.searchParams.set('data', data);
  if (lang) url.searchParams.set('lang', lang);
  url.searchParams.set('edit', '');
  return (
    <a className="edit-link" href={url.href.replace(/edit=$/, 'edit')}>
      {t('app.edit')}
    </a>
  );
}
