import { catalog } from "../catalog";

/** Messages of the domain's error codes, states and kinds, shared by every surface and the CLI. */
export const core = catalog({
  fr: {
    "error.invalid_input": "« {label} » : cette valeur n'est pas acceptée, corrigez-la puis réessayez.",
    "error.invalid_input.unnamed": "Une valeur saisie n'est pas acceptée : vérifiez le formulaire puis réessayez.",
    "error.invalid_input.future": "la date ne peut pas être dans le futur.",
    "error.invalid_input.not_after_today": "la date doit être postérieure à aujourd’hui.",
    "error.invalid_input.renewal_other_body":
      "un renouvellement porte sur la même collectivité que le label renouvelé : gardez son nom.",
    "error.invalid_input.no_outbound_leg": "la mission doit comporter au moins une étape à l'étranger.",
    "error.not_found": "Introuvable : ce dossier n’existe pas ou plus.",
    "error.forbidden":
      "Vous n’avez pas le droit de faire cela : demandez à l’équipe DAECT si vous pensez que c’est nécessaire.",
    "error.wrong_state": "Ce n’est plus possible dans l’état actuel du dossier ({state}).",
    "error.conflict": "Quelqu’un a modifié ce dossier en même temps. Réessayez.",
    "error.already_decided": "Déjà décidé : {decision}, par {by} le {at}.",
    "error.mission_changed":
      "La mission a été modifiée depuis l’envoi de cette carte : relisez ses nouvelles conditions avant de décider.",
    "error.travellers_out_of_range": "Une mission concerne 1 ou 2 personnes au plus (ici {count}).",
    "error.missionaries_head_count":
      "{count} missionnaire(s) nommé(s), mais l’étape {leg} à l’étranger part à {expected} : nommez autant de missionnaires que de personnes qui partent, ou corrigez le nombre de personnes de l’étape.",
    "error.leg_too_long": "Une étape dure une semaine au plus : {days} jours ici, {max} au maximum.",
    "error.legs_overlap": "L’étape {position} commence avant la fin de la précédente.",
    "error.date_in_past": "La date {date} est déjà passée.",
    "error.date_order": "La date de fin ({end}) doit suivre la date de début ({start}).",
    "error.label_not_active": "Le label n’est pas actif : seule une collectivité labellisée peut être missionnée.",
    "error.label_suspended":
      "Le label {number} est suspendu jusqu’au {date} inclus : aucune mission ne peut être ouverte pour cette collectivité d’ici là.",
    "error.label_revoked":
      "Le label {number} a été retiré par la DAECT : aucune mission ne peut plus être ouverte pour cette collectivité.",
    "error.commitment_required": "Cochez l’engagement à travailler avec le MEAE sur les missions proposées.",
    "error.pending_application_exists": "Une candidature de {organisation} est déjà en cours d’examen.",
    "error.comment_required": "Un commentaire est obligatoire.",
    "error.ties_undeclared":
      "Avant d’examiner une candidature, déclarez vos liens avec les organismes (ou l’absence de lien) : bouton « Déclarer mes liens ».",
    "error.ties_choice_required":
      "Choisissez les organismes avec lesquels vous avez un lien, ou cochez « Aucun lien ».",
    "error.tie_stands":
      "Votre lien avec {organisation} reste déclaré : une candidature de cet organisme est devant le comité, et votre abstention sur elle ne peut pas être retirée. Vous pourrez modifier ce lien une fois la candidature décidée ou retirée.",
    "error.conflict_of_interest":
      "Vous avez déclaré un lien avec {organisation} : vous ne pouvez ni donner d’avis ni décider sur cette candidature. Votre abstention est enregistrée.",
    "error.erasure_sole_focal_point":
      "Effacement refusé : cette personne est la seule référente du label actif {number}. Désignez d’abord une autre personne référente pour cette collectivité, puis recommencez.",
    "error.erasure_report_due":
      "Effacement refusé : cette personne doit encore le rapport de la mission {reference}. Attendez que le rapport soit déposé (ou le dossier réglé), puis recommencez.",
    "error.delegation_self": "Vous ne pouvez pas vous désigner vous-même : nommez la personne qui vous remplace.",
    "error.delegation_too_long":
      "Une délégation dure {max} jours au plus ({days} ici) : pour une absence plus longue, demandez à la DAECT de désigner une autre personne.",
    "error.delegation_outside_scope":
      "Cette personne ne fait pas partie de la même ambassade ou du même organisme : seule la DAECT peut la désigner.",
    "error.delegation_no_capacity":
      "Il n’y a rien à déléguer : seules une personne validatrice d’ambassade ou une personne référente d’organisme peuvent se faire remplacer.",
    "error.reassign_outside_body":
      "Cette personne n’appartient pas à l’organisme du dossier : choisissez une personne de cet organisme (ou rattachez-la d’abord à lui).",
    "error.not_a_missionary": "Vous ne faites pas partie de cette mission.",
    "error.deadline_passed": "La date limite est dépassée.",
    "error.snooze_past_deadline": "Le report irait au-delà de la date limite du rapport.",
    "error.attachment_type_refused":
      "Fichier « {name} » refusé : seuls les fichiers {types} sont acceptés, et son contenu n’en est pas un (le contenu est vérifié, pas seulement le nom). Rien n’a été enregistré.",
    "error.attachment_too_large":
      "Fichier « {name} » refusé : il dépasse {max}, la taille maximale d’un fichier. Réduisez-le (PDF compressé, photo redimensionnée) puis renvoyez-le. Rien n’a été enregistré.",
    "error.attachment_case_full":
      "Fichier « {name} » refusé : les pièces jointes d’un dossier ne peuvent dépasser {max} au total, et celles-ci en font déjà {total}. Rien n’a été enregistré.",
    "error.attachment_too_many":
      "Fichier « {name} » refusé : un dossier compte {max} pièces jointes au plus. Rien n’a été enregistré.",
    "error.attachment_unreadable":
      "Fichier « {name} » non enregistré : le bot n’a pas pu le récupérer. Renvoyez-le dans un moment ; si cela se reproduit, écrivez à l’équipe DAECT.",
    "error.duplicate": "Cet élément existe déjà.",
    "error.csv_invalid": "Fichier CSV refusé : {count} problème(s), rien n’a été importé.",
    "error.csv_invalid.intro": "Fichier CSV refusé :",
    "error.unexpected":
      "Une erreur inattendue s’est produite (réf. {reference}). Réessayez dans un moment ; si cela se reproduit, écrivez à l’équipe DAECT en citant cette référence.",
    "error.unexpected.told":
      "Une erreur inattendue s’est produite (réf. {reference}). L’équipe DAECT a été prévenue ; réessayez dans un moment, et citez cette référence si vous lui écrivez.",
    "error.unexpected.debug": "Relancez avec DEBUG=1 pour afficher le détail.",
    "cli.person.exported": "Données de la personne écrites dans {file}.",
    "cli.person.erased":
      "{key} est effacé·e : son profil s’appelle désormais « {pseudonym} » (identifiant {personId}) ; ses décisions et rapports restent, à ce nom.",
    "cli.person.alreadyErased": "{key} était déjà effacé·e (« {pseudonym} ») : rien n’a changé.",
    "error.stale_action":
      "Ce bouton n’est plus reconnu : la carte est sans doute ancienne. Utilisez la dernière carte reçue.",
    "state.draft": "brouillon",
    "state.awaiting_embassy": "en attente de l’ambassade",
    "state.validated": "validée par l’ambassade",
    "state.refused": "refusée par l’ambassade",
    "state.confirmed": "confirmée",
    "state.in_progress": "en cours",
    "state.report_due": "rapport attendu",
    "state.report_submitted": "rapport remis",
    "state.report_validated": "rapport validé",
    "state.closed": "clôturée",
    "state.cancelled": "annulée",
    "state.report_overdue": "rapport en retard",
    "state.reimbursement_requested": "remboursement demandé",
    "state.reimbursed": "remboursée",
    "state.waived": "remboursement abandonné",
    "state.submitted": "déposée",
    "state.under_review": "en examen",
    "state.changes_requested": "modifications demandées",
    "state.approved": "approuvée",
    "state.rejected": "rejetée",
    "state.withdrawn": "retirée",
    "nature.expertise_request": "Réponse à une demande d’expertise",
    "nature.seminar": "Participation à un séminaire",
    "nature.other": "Autre",
    "leg.outbound": "Mission à l’étranger",
    "leg.hosting": "Accueil d’une délégation étrangère",
    "category.elu": "Élu·e",
    "category.agent": "Agent territorial",
    "category.hospital": "Hôpital",
    "category.university": "Université",
    "category.water_agency": "Agence de l’eau",
    "category.cluster": "Pôle de compétitivité",
    "category.association": "Association",
    "category.other": "Autre partenaire",
    "kind.collectivite": "Collectivité territoriale",
    "kind.association": "Association de collectivités ou d’élus",
  },
  en: {
    "error.invalid_input": "“{label}”: this value is not accepted; correct it and try again.",
    "error.invalid_input.unnamed": "A value you entered is not accepted: check the form and try again.",
    "error.invalid_input.future": "the date cannot be in the future.",
    "error.invalid_input.not_after_today": "the date must be after today.",
    "error.invalid_input.renewal_other_body": "a renewal is for the same body as the label renewed: keep its name.",
    "error.invalid_input.no_outbound_leg": "the mission needs at least one leg abroad.",
    "error.not_found": "Not found: this file does not exist, or no longer does.",
    "error.forbidden": "You are not allowed to do this: ask the DAECT team if you think you should be.",
    "error.wrong_state": "This is no longer possible in the file’s current state ({state}).",
    "error.conflict": "Someone changed this file at the same time. Please try again.",
    "error.already_decided": "Already decided: {decision}, by {by} on {at}.",
    "error.mission_changed": "The mission changed since this card was sent: read its new terms before deciding.",
    "error.travellers_out_of_range": "A mission involves 1 or 2 people at most (here {count}).",
    "error.missionaries_head_count":
      "{count} missionary(ies) named, but leg {leg} abroad sends {expected}: name as many missionaries as people who travel, or correct the leg’s number of people.",
    "error.leg_too_long": "A leg lasts one week at most: {days} days here, {max} at most.",
    "error.legs_overlap": "Leg {position} starts before the previous one ends.",
    "error.date_in_past": "The date {date} is in the past.",
    "error.date_order": "The end date ({end}) must follow the start date ({start}).",
    "error.label_not_active": "The label is not active: only a labelled body can be sent on a mission.",
    "error.label_suspended":
      "Label {number} is suspended until {date} included: no mission can be opened for this body until then.",
    "error.label_revoked": "Label {number} was revoked by DAECT: no mission can be opened for this body any more.",
    "error.commitment_required": "Tick the commitment to work with the ministry on proposed missions.",
    "error.pending_application_exists": "An application from {organisation} is already under review.",
    "error.comment_required": "A comment is required.",
    "error.ties_undeclared":
      "Before examining an application, declare your ties to bodies (or that you have none): “Declare my ties” button.",
    "error.ties_choice_required": "Choose the bodies you are tied to, or tick “No tie”.",
    "error.tie_stands":
      "Your tie to {organisation} stays declared: an application from this body is before the committee, and your abstention on it cannot be taken back. You may change this tie once the application is decided or withdrawn.",
    "error.conflict_of_interest":
      "You declared a tie to {organisation}: you may neither give an opinion nor decide on this application. Your abstention is recorded.",
    "error.erasure_sole_focal_point":
      "Erasure refused: this person is the only focal point of the active label {number}. First name another focal point for this body, then try again.",
    "error.erasure_report_due":
      "Erasure refused: this person still owes the report of mission {reference}. Wait until the report is filed (or the file settled), then try again.",
    "error.delegation_self": "You cannot name yourself: name the person who stands in for you.",
    "error.delegation_too_long":
      "A delegation lasts {max} days at most ({days} here): for a longer absence, ask DAECT to name another person.",
    "error.delegation_outside_scope": "This person is not part of the same embassy or body: only DAECT may name them.",
    "error.delegation_no_capacity":
      "There is nothing to delegate: only an embassy validator or a body’s focal point may have a stand-in.",
    "error.reassign_outside_body":
      "This person does not belong to the file’s body: choose a person of that body (or attach them to it first).",
    "error.not_a_missionary": "You are not part of this mission.",
    "error.deadline_passed": "The deadline has passed.",
    "error.snooze_past_deadline": "That would postpone past the report deadline.",
    "error.attachment_type_refused":
      "File “{name}” refused: only {types} files are accepted, and its content is none of them (the content is checked, not only the name). Nothing was kept.",
    "error.attachment_too_large":
      "File “{name}” refused: it is larger than {max}, the most a file may weigh. Make it smaller (a compressed PDF, a resized photo) and send it again. Nothing was kept.",
    "error.attachment_case_full":
      "File “{name}” refused: a case’s attachments may not exceed {max} in all, and these already make {total}. Nothing was kept.",
    "error.attachment_too_many": "File “{name}” refused: a case holds at most {max} attachments. Nothing was kept.",
    "error.attachment_unreadable":
      "File “{name}” not kept: the bot could not fetch it. Send it again in a moment; if this happens again, write to the DAECT team.",
    "error.duplicate": "This already exists.",
    "error.csv_invalid": "CSV file refused: {count} problem(s), nothing was imported.",
    "error.csv_invalid.intro": "CSV file refused:",
    "error.unexpected":
      "Something unexpected happened (ref. {reference}). Try again in a moment; if it happens again, write to the DAECT team quoting this reference.",
    "error.unexpected.told":
      "Something unexpected happened (ref. {reference}). The DAECT team has been told; try again in a moment, and quote this reference if you write to them.",
    "error.unexpected.debug": "Run again with DEBUG=1 to see the details.",
    "cli.person.exported": "The person's data was written to {file}.",
    "cli.person.erased":
      "{key} is erased: the profile is now “{pseudonym}” (id {personId}); their decisions and reports stay, under that name.",
    "cli.person.alreadyErased": "{key} was already erased (“{pseudonym}”): nothing changed.",
    "error.stale_action":
      "This button is no longer recognised: the card is probably old. Use the latest card you received.",
    "state.draft": "draft",
    "state.awaiting_embassy": "awaiting the embassy",
    "state.validated": "validated by the embassy",
    "state.refused": "refused by the embassy",
    "state.confirmed": "confirmed",
    "state.in_progress": "in progress",
    "state.report_due": "report due",
    "state.report_submitted": "report submitted",
    "state.report_validated": "report validated",
    "state.closed": "closed",
    "state.cancelled": "cancelled",
    "state.report_overdue": "report overdue",
    "state.reimbursement_requested": "reimbursement requested",
    "state.reimbursed": "reimbursed",
    "state.waived": "reimbursement waived",
    "state.submitted": "submitted",
    "state.under_review": "under review",
    "state.changes_requested": "changes requested",
    "state.approved": "approved",
    "state.rejected": "rejected",
    "state.withdrawn": "withdrawn",
    "nature.expertise_request": "Answer to an expertise request",
    "nature.seminar": "Participation in a seminar",
    "nature.other": "Other",
    "leg.outbound": "Mission abroad",
    "leg.hosting": "Hosting a foreign delegation",
    "category.elu": "Elected official",
    "category.agent": "Local government officer",
    "category.hospital": "Hospital",
    "category.university": "University",
    "category.water_agency": "Water agency",
    "category.cluster": "Competitiveness cluster",
    "category.association": "Association",
    "category.other": "Other partner",
    "kind.collectivite": "Local authority",
    "kind.association": "Association of local authorities or elected officials",
  },
});
