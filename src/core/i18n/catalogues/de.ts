import type { Catalogue } from '../translator';
import type { MessageKey } from './en';

const de: Catalogue<MessageKey> = {
  'date.approximate': '{date} (ca.)',
  'date.range': '{start} – {end}',
  'date.withTime': '{date}, {time} Uhr {offset}',
  'date.bce': 'v. Chr.',
  'list.separator': ', ',
  'quote.marks': '„{quote}“',

  'app.loading': 'Chronik wird geladen…',
  'app.failed': 'Laden fehlgeschlagen',
  'load.fetching': 'Daten werden geladen…',
  'load.checking': {
    one: '{count} Ereignis wird geprüft…',
    other: '{count} Ereignisse werden geprüft…',
  },
  'app.edit': 'Bearbeiten',
  'app.openFullView': 'Vollansicht öffnen',
  'app.print': 'Drucken',
  'copy.button': 'Link kopieren',
  'copy.copied': 'Link kopiert',
  'copy.failed': 'Diesen Link kopieren:',
  'copy.field': 'Link zu dieser Ansicht',
  'announce.selected': 'Ausgewählt: {title}, {date}',

  'problems.warnings': {
    one: 'Dieser Datensatz hat {count} Warnung',
    other: 'Dieser Datensatz hat {count} Warnungen',
  },
  'problems.errors': {
    one: 'Dieser Datensatz hat {count} Fehler; fehlerhafte Ereignisse werden nicht angezeigt',
    other: 'Dieser Datensatz hat {count} Fehler; fehlerhafte Ereignisse werden nicht angezeigt',
  },
  'problems.errorsAndWarnings': {
    one: 'Dieser Datensatz hat {count} Fehler und {warnings}; fehlerhafte Ereignisse werden nicht angezeigt',
    other:
      'Dieser Datensatz hat {count} Fehler und {warnings}; fehlerhafte Ereignisse werden nicht angezeigt',
  },
  'problems.warningCount': { one: '{count} Warnung', other: '{count} Warnungen' },
  'problems.uncited': {
    one: '{count} Ereignis ist noch nicht belegt: Es wird mit dem Hinweis „Noch nicht belegt“ angezeigt.',
    other:
      '{count} Ereignisse sind noch nicht belegt: Sie werden mit dem Hinweis „Noch nicht belegt“ angezeigt.',
  },
  'problems.list': 'Probleme, nach Fundstelle',
  'problems.error': 'Fehler',
  'problems.warning': 'Warnung',

  'filter.searchLabel': 'Ereignisse und Quellen durchsuchen',
  'filter.searchPlaceholder': 'Ereignisse und Quellen durchsuchen…',
  'filter.lanes': 'Bereiche',
  'filter.actors': 'Akteure',
  'filter.sources': 'Quellen',
  'filter.byLanes': 'Nach Bereich filtern',
  'filter.byActors': 'Nach Akteur filtern',
  'filter.bySources': 'Nach Quelle filtern',
  'filter.clear': 'Filter zurücksetzen',
  'filter.view': 'Ansicht',
  'filter.timeline': 'Zeitleiste',
  'filter.list': 'Liste',
  'filter.total': { one: '{count} Ereignis', other: '{count} Ereignisse' },
  'filter.match': {
    one: '{count} von {total} Ereignissen passt',
    other: '{count} von {total} Ereignissen passen',
  },
  'filter.matchVia': {
    one: '{count} von {total} Ereignissen passt ({via} über eine zitierte Stelle)',
    other: '{count} von {total} Ereignissen passen ({via} über eine zitierte Stelle)',
  },
  'filter.matchOutside': {
    one: '{count} von {total} Ereignissen passt; {outside} außerhalb der Ansicht',
    other: '{count} von {total} Ereignissen passen; {outside} außerhalb der Ansicht',
  },
  'filter.matchViaOutside': {
    one: '{count} von {total} Ereignissen passt ({via} über eine zitierte Stelle); {outside} außerhalb der Ansicht',
    other:
      '{count} von {total} Ereignissen passen ({via} über eine zitierte Stelle); {outside} außerhalb der Ansicht',
  },
  'filter.showAll': { one: 'Das Ergebnis zeigen', other: 'Alle {count} Ergebnisse zeigen' },

  'details.label': 'Details zum Ereignis',
  'details.previous': 'Vorheriges',
  'details.next': 'Nächstes',
  'details.previousEvent': 'Vorheriges Ereignis: {title}',
  'details.nextEvent': 'Nächstes Ereignis: {title}',
  'details.noPrevious': 'Kein vorheriges Ereignis',
  'details.noNext': 'Kein nächstes Ereignis',
  'details.position': '{n} von {total}',
  'details.notInSet': 'nicht in der gefilterten Auswahl',
  'details.close': 'Details schließen',
  'event.background': 'Hintergrund',
  'event.dateNote': 'Datum: {note}',
  'event.disputed': 'Die Berichte weichen ab:',
  'event.citations': 'Belege',
  'event.uncited': 'Noch nicht belegt',
  'event.uncitedNote':
    'Noch nicht belegt: Noch stützt keine Quellenstelle dieses Ereignis, daher ist seine Zusammenfassung ungeprüft.',
  'event.draftNote':
    'Entwurf: Die Zusammenfassung ist noch nicht mit ihren Belegen verknüpft und daher ungeprüft.',
  'event.unverified': {
    one: '{count} dafür angegebenes Zitat wurde in der Quelle nicht gefunden.',
    other: '{count} dafür angegebene Zitate wurden in der Quelle nicht gefunden.',
  },
  'event.media': 'Medien',
  'actors.label': 'Mit:',
  'actors.office': '({office})',
  'actors.aliases': '(auch geschrieben: {aliases})',
  'actors.officeAndAliases': '({office}; auch geschrieben: {aliases})',
  'claim.marker': 'Beleg {n}: {source}',
  'citation.language': 'Originalsprache: {language}',
  'citation.open': 'In der Quelle zeigen',
  'citation.reference': 'Nachschlagewerk, sinngemäß wiedergegeben: kein Text zum Abgleichen',
  'citation.summary': 'Zusammenfassung des Dokuments durch die Redaktion',
  'citation.openSummary': 'In der Zusammenfassung zeigen',

  'list.empty': 'Keine Ereignisse anzuzeigen.',
  'list.showMore': '{count} weitere zeigen ({rest} nicht angezeigt)',

  'reader.close': 'Quelle schließen',
  'reader.publisher': 'Herausgeber',
  'reader.language': 'Originalsprache',
  'reader.published': 'Veröffentlicht',
  'reader.passages': 'Zitierte Stellen',
  'reader.noText': 'Zu diesem Nachschlagewerk gibt es keinen Text.',
  'reader.summary':
    'Zusammenfassung des Dokuments durch die Redaktion: was das Dokument sagt, in den eigenen Worten der Redaktion, nicht der Text des Dokuments.',
  'reader.citedBy': 'Zitiert von: {title}',

  'download.summary': 'Herunterladen',
  'download.summaryFiltered': '{count} von {total} herunterladen',
  'download.csv': 'CSV (Tabelle, eine Zeile pro Beleg)',
  'download.ics': 'iCalendar (.ics, für Kalender)',
  'download.timelinejs': 'TimelineJS (JSON)',
  'download.jsonld': 'JSON-LD (schema.org-Ereignisse, Web Annotations)',
  'download.preparing': 'Wird vorbereitet…',
  'download.done': {
    one: '{name} heruntergeladen ({count} Ereignis).',
    other: '{name} heruntergeladen ({count} Ereignisse).',
  },
  'download.failed': 'Export fehlgeschlagen: {message}',

  'timeline.label': 'Zeitleiste',
  'timeline.plot':
    'Ereignisse vom {start} bis {end}; Pfeiltasten wechseln zwischen Ereignissen, + und − zoomen, Umschalt+Pfeile verschieben, 0 zeigt alles',
  'timeline.status': {
    one: '{visible} von {count} Ereignis sichtbar',
    other: '{visible} von {count} Ereignissen sichtbar',
  },
  'timeline.statusHidden': {
    one: '{visible} von {count} Ereignis sichtbar · {hidden} außerhalb dieses Zeitraums',
    other: '{visible} von {count} Ereignissen sichtbar · {hidden} außerhalb dieses Zeitraums',
  },
  'timeline.chapters': 'Kapitel',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Vergrößern',
  'timeline.zoomOut': 'Verkleinern',
  'timeline.fit': 'Alles',
  'timeline.legend': 'Legende',
  'legend.point': 'ein Tag oder eine Uhrzeit',
  'legend.range': 'ein Zeitraum',
  'legend.imprecise': 'ein Monat oder ein Jahr',
  'legend.approx': 'ungefähr',
  'mark.name': '{title}, {date}',
  'mark.nameBackground': '{title}, {date}, Hintergrund',
  'mark.nameUncited': '{title}, {date}, noch nicht belegt',
  'mark.nameBackgroundUncited': '{title}, {date}, Hintergrund, noch nicht belegt',
  'mark.elided': '{title} — {date}',
  'cluster.item': '{title} ({date})',
  'cluster.separator': '; ',
  'cluster.name': {
    one: '{count} Ereignis hier: {list}',
    other: '{count} Ereignisse hier: {list}',
  },
  'cluster.nameMore': {
    one: '{count} Ereignis hier: {list}; und {more} weitere',
    other: '{count} Ereignisse hier: {list}; und {more} weitere',
  },
  'cluster.zoom': {
    one: 'Zum Ansehen vergrößern',
    other: 'Zum Ansehen vergrößern',
  },
  'cluster.step': {
    one: 'Zum Öffnen wählen',
    other: 'Das erste öffnen; „Nächstes“ geht die anderen durch',
  },

  'print.all': { one: '{count} Ereignis', other: '{count} Ereignisse' },
  'print.filtered': {
    one: '{count} von {total} Ereignissen, nach Suche und Filtern',
    other: '{count} von {total} Ereignissen, nach Suche und Filtern',
  },
  'print.query': 'Suche: {query}',
  'print.lanes': 'Bereiche: {list}',
  'print.actors': 'Akteure: {list}',
  'print.sourcesFilter': 'Quellen: {list}',
  'print.lane': 'Bereich: {lane}',
  'print.note': '{quote} — {source}',
  'print.sources': 'Quellen',
  'print.published': 'veröffentlicht: {date}',
  'print.reference': 'Nachschlagewerk, sinngemäß wiedergegeben',
  'print.summaryNote': '{source} — Zusammenfassung des Dokuments durch die Redaktion: {summary}',

  'image.menu': 'Bild herunterladen',
  'image.svg': 'SVG (Vektor)',
  'image.png': 'PNG (doppelte Bildschirmauflösung)',
  'image.credit': 'Quellen: {sources}',
  'image.done': '{name} heruntergeladen.',
  'image.failed': 'Bild konnte nicht erstellt werden: {message}',
};

export default de;
