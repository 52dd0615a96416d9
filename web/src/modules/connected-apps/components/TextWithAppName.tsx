import { useTranslation } from 'react-i18next';

/**
 * Stands in for the app's name while the message is translated. Invisible
 * separators keep it from matching any text a translation contains.
 */
const NAME_MARKER = '\u2063app\u2063';

/**
 * Renders a translated message with the app's name in a `<bdi>`. Apps
 * choose their own names, and bidirectional characters in a name must not
 * reorder the words around it, so the name is isolated from the text.
 */
export function TextWithAppName({
  i18nKey,
  name,
}: {
  i18nKey: string;
  name: string;
}) {
  const { t } = useTranslation();
  const text = t(i18nKey, { app: NAME_MARKER });
  const at = text.indexOf(NAME_MARKER);
  if (at < 0) return <>{text}</>;

  return (
    <>
      {text.slice(0, at)}
      <bdi>{name}</bdi>
      {text.slice(at + NAME_MARKER.length)}
    </>
  );
}
