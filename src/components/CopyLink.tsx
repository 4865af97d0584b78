import { useState } from 'react';
import { useI18n } from '../state';

/** Copies a link to the current state; says so, or shows the link to copy by hand. */
export function CopyLink({ href }: { href: () => string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const link = href();
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setShown(link);
      setStatus('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? t('copy.copied') : status === 'failed' ? t('copy.failed') : ''}
      </span>
      {status === 'failed' && (
        <input
          readOnly
          dir="ltr"
          value={shown}
          aria-label={t('copy.field')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}
