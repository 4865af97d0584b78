import type { Catalogue } from '../translator';
import type { MessageKey } from './en';

// French typography: a no-break space (\u00a0) before : ; ? ! and inside « ».
const fr: Catalogue<MessageKey> = {
  'date.approximate': '{date} (env.)',
  'date.range': '{start} – {end}',
  'date.withTime': '{date} à {time} {offset}',
  'date.bce': 'av. J.-C.',
  'list.separator': ', ',
  'quote.marks': '«\u00a0{quote}\u00a0»',

  'app.loading': 'Chargement de la chronologie…',
  'app.failed': 'Chargement impossible',
  'app.edit': 'Modifier',
  'app.openFullView': 'Ouvrir en plein écran',
  'app.print': 'Imprimer',
  'copy.button': 'Copier le lien',
  'copy.copied': 'Lien copié',
  'copy.failed': 'Copiez ce lien\u00a0:',
  'copy.field': 'Lien vers cette vue',
  'announce.selected': 'Sélectionné\u00a0: {title}, {date}',

  'problems.warnings': {
    one: 'Ce jeu de données comporte {count}\u00a0avertissement',
    many: 'Ce jeu de données comporte {count}\u00a0d’avertissements',
    other: 'Ce jeu de données comporte {count}\u00a0avertissements',
  },
  'problems.errors': {
    one: 'Ce jeu de données comporte {count}\u00a0erreur\u00a0; les événements en erreur ne sont pas affichés',
    many: 'Ce jeu de données comporte {count}\u00a0d’erreurs\u00a0; les événements en erreur ne sont pas affichés',
    other:
      'Ce jeu de données comporte {count}\u00a0erreurs\u00a0; les événements en erreur ne sont pas affichés',
  },
  'problems.errorsAndWarnings': {
    one: 'Ce jeu de données comporte {count}\u00a0erreur et {warnings}\u00a0; les événements en erreur ne sont pas affichés',
    many: 'Ce jeu de données comporte {count}\u00a0d’erreurs et {warnings}\u00a0; les événements en erreur ne sont pas affichés',
    other:
      'Ce jeu de données comporte {count}\u00a0erreurs et {warnings}\u00a0; les événements en erreur ne sont pas affichés',
  },
  'problems.warningCount': {
    one: '{count}\u00a0avertissement',
    many: '{count}\u00a0d’avertissements',
    other: '{count}\u00a0avertissements',
  },
  'problems.uncited': {
    one: '{count}\u00a0événement n’est pas encore sourcé\u00a0: il est affiché avec la mention «\u00a0Pas encore sourcé\u00a0».',
    many: '{count}\u00a0d’événements ne sont pas encore sourcés\u00a0: ils sont affichés avec la mention «\u00a0Pas encore sourcé\u00a0».',
    other:
      '{count}\u00a0événements ne sont pas encore sourcés\u00a0: ils sont affichés avec la mention «\u00a0Pas encore sourcé\u00a0».',
  },
  'problems.list': 'Problèmes, par emplacement',
  'problems.error': 'erreur',
  'problems.warning': 'avertissement',

  'filter.searchLabel': 'Rechercher dans les événements et les sources',
  'filter.searchPlaceholder': 'Rechercher événements et sources…',
  'filter.lanes': 'Volets',
  'filter.actors': 'Acteurs',
  'filter.sources': 'Sources',
  'filter.byLanes': 'Filtrer par volet',
  'filter.byActors': 'Filtrer par acteur',
  'filter.bySources': 'Filtrer par source',
  'filter.clear': 'Effacer les filtres',
  'filter.view': 'Affichage',
  'filter.timeline': 'Chronologie',
  'filter.list': 'Liste',
  'filter.total': {
    one: '{count}\u00a0événement',
    many: '{count}\u00a0d’événements',
    other: '{count}\u00a0événements',
  },
  'filter.match': {
    one: '{count}\u00a0événement sur {total} correspond',
    many: '{count}\u00a0événements sur {total} correspondent',
    other: '{count}\u00a0événements sur {total} correspondent',
  },
  'filter.matchVia': {
    one: '{count}\u00a0événement sur {total} correspond ({via} par un passage cité)',
    many: '{count}\u00a0événements sur {total} correspondent (dont {via} par un passage cité)',
    other: '{count}\u00a0événements sur {total} correspondent (dont {via} par un passage cité)',
  },
  'filter.matchOutside': {
    one: '{count}\u00a0événement sur {total} correspond\u00a0; {outside} hors de la vue',
    many: '{count}\u00a0événements sur {total} correspondent\u00a0; {outside} hors de la vue',
    other: '{count}\u00a0événements sur {total} correspondent\u00a0; {outside} hors de la vue',
  },
  'filter.matchViaOutside': {
    one: '{count}\u00a0événement sur {total} correspond ({via} par un passage cité)\u00a0; {outside} hors de la vue',
    many: '{count}\u00a0événements sur {total} correspondent (dont {via} par un passage cité)\u00a0; {outside} hors de la vue',
    other:
      '{count}\u00a0événements sur {total} correspondent (dont {via} par un passage cité)\u00a0; {outside} hors de la vue',
  },
  'filter.showAll': {
    one: 'Afficher le résultat',
    many: 'Afficher les {count}\u00a0résultats',
    other: 'Afficher les {count}\u00a0résultats',
  },

  'details.label': 'Détails de l’événement',
  'details.previous': 'Précédent',
  'details.next': 'Suivant',
  'details.previousEvent': 'Événement précédent\u00a0: {title}',
  'details.nextEvent': 'Événement suivant\u00a0: {title}',
  'details.noPrevious': 'Aucun événement précédent',
  'details.noNext': 'Aucun événement suivant',
  'details.position': '{n} sur {total}',
  'details.notInSet': 'hors de la sélection filtrée',
  'details.close': 'Fermer les détails',
  'event.background': 'Contexte',
  'event.dateNote': 'Date\u00a0: {note}',
  'event.disputed': 'Les sources divergent\u00a0:',
  'event.citations': 'Citations',
  'event.uncited': 'Pas encore sourcé',
  'event.uncitedNote':
    'Pas encore sourcé\u00a0: aucun passage d’une source ne vient encore étayer cet événement, son résumé n’est donc pas vérifié.',
  'event.draftNote':
    'Brouillon\u00a0: son résumé n’est pas encore relié à ses citations, il n’est donc pas vérifié.',
  'event.unverified': {
    one: '{count}\u00a0citation fournie pour cet événement est introuvable dans la source.',
    many: '{count}\u00a0de citations fournies pour cet événement sont introuvables dans la source.',
    other: '{count}\u00a0citations fournies pour cet événement sont introuvables dans la source.',
  },
  'event.media': 'Média',
  'actors.label': 'Avec\u00a0:',
  'actors.office': '({office})',
  'actors.aliases': '(également cité sous le nom de {aliases})',
  'actors.officeAndAliases': '({office}\u00a0; également cité sous le nom de {aliases})',
  'claim.marker': 'Citation {n}\u00a0: {source}',
  'citation.language': 'langue d’origine\u00a0: {language}',
  'citation.open': 'Voir dans la source',
  'citation.reference': 'ouvrage de référence, paraphrasé\u00a0: aucun texte à confronter ici',

  'list.empty': 'Aucun événement à afficher.',
  'list.showMore': 'Afficher {count} de plus ({rest} non affichés)',

  'reader.close': 'Fermer la source',
  'reader.publisher': 'Éditeur',
  'reader.language': 'Langue d’origine',
  'reader.published': 'Publication',
  'reader.passages': 'Passages cités',
  'reader.noText': 'Cet ouvrage de référence est fourni sans texte.',
  'reader.citedBy': 'Cité par\u00a0: {title}',

  'download.summary': 'Télécharger',
  'download.summaryFiltered': 'Télécharger {count} sur {total}',
  'download.csv': 'CSV (tableur, une ligne par citation)',
  'download.ics': 'iCalendar (.ics, pour les agendas)',
  'download.timelinejs': 'TimelineJS (JSON)',
  'download.jsonld': 'JSON-LD (événements schema.org, Web Annotations)',
  'download.preparing': 'Préparation…',
  'download.done': {
    one: '{name} téléchargé ({count}\u00a0événement).',
    many: '{name} téléchargé ({count}\u00a0d’événements).',
    other: '{name} téléchargé ({count}\u00a0événements).',
  },
  'download.failed': 'Export impossible\u00a0: {message}',

  'timeline.label': 'Chronologie',
  'timeline.plot':
    'Événements du {start} au {end}\u00a0; les flèches passent d’un événement à l’autre, + et − zooment, Maj+flèches font défiler, 0 affiche tout',
  'timeline.status': {
    one: '{visible} événement sur {count} dans la vue',
    many: '{visible} événements sur {count} dans la vue',
    other: '{visible} événements sur {count} dans la vue',
  },
  'timeline.statusHidden': {
    one: '{visible} événement sur {count} dans la vue · {hidden} hors de cette fenêtre',
    many: '{visible} événements sur {count} dans la vue · {hidden} hors de cette fenêtre',
    other: '{visible} événements sur {count} dans la vue · {hidden} hors de cette fenêtre',
  },
  'timeline.chapters': 'Chapitres',
  'timeline.zoom': 'Zoom',
  'timeline.zoomIn': 'Zoom avant',
  'timeline.zoomOut': 'Zoom arrière',
  'timeline.fit': 'Tout voir',
  'timeline.legend': 'Légende',
  'legend.point': 'un jour ou une heure',
  'legend.range': 'une période',
  'legend.imprecise': 'un mois ou une année',
  'legend.approx': 'approximatif',
  'mark.name': '{title}, {date}',
  'mark.nameBackground': '{title}, {date}, contexte',
  'mark.nameUncited': '{title}, {date}, pas encore sourcé',
  'mark.nameBackgroundUncited': '{title}, {date}, contexte, pas encore sourcé',
  'mark.elided': '{title} — {date}',
  'cluster.item': '{title} ({date})',
  'cluster.separator': '\u00a0; ',
  'cluster.name': {
    one: '{count}\u00a0événement ici\u00a0: {list}. Zoomez pour le voir',
    many: '{count}\u00a0d’événements ici\u00a0: {list}. Zoomez pour les voir',
    other: '{count}\u00a0événements ici\u00a0: {list}. Zoomez pour les voir',
  },
  'cluster.nameMore': {
    one: '{count}\u00a0événement ici\u00a0: {list}\u00a0; et {more} de plus. Zoomez pour les voir',
    many: '{count}\u00a0d’événements ici\u00a0: {list}\u00a0; et {more} de plus. Zoomez pour les voir',
    other:
      '{count}\u00a0événements ici\u00a0: {list}\u00a0; et {more} de plus. Zoomez pour les voir',
  },

  'print.all': {
    one: '{count}\u00a0événement',
    many: '{count}\u00a0d’événements',
    other: '{count}\u00a0événements',
  },
  'print.filtered': {
    one: '{count}\u00a0événement sur {total}, après recherche et filtres',
    many: '{count}\u00a0événements sur {total}, après recherche et filtres',
    other: '{count}\u00a0événements sur {total}, après recherche et filtres',
  },
  'print.query': 'Recherche\u00a0: {query}',
  'print.lanes': 'Volets\u00a0: {list}',
  'print.actors': 'Acteurs\u00a0: {list}',
  'print.sourcesFilter': 'Sources\u00a0: {list}',
  'print.lane': 'Volet\u00a0: {lane}',
  'print.note': '{quote} — {source}',
  'print.sources': 'Sources',
  'print.published': 'publication\u00a0: {date}',
  'print.reference': 'ouvrage de référence, paraphrasé',

  'image.menu': 'Télécharger l’image',
  'image.svg': 'SVG (vectoriel)',
  'image.png': 'PNG (deux fois la résolution de l’écran)',
  'image.credit': 'Sources\u00a0: {sources}',
  'image.done': '{name} téléchargé.',
  'image.failed': 'Impossible de créer l’image\u00a0: {message}',
};

export default fr;
