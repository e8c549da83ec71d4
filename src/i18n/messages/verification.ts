import { catalog } from "../catalog";

/**
 * What the public check of a diploma says (issue 12), shared by the web page, Slack and Teams so that the three
 * state the same facts in the same words. Plain text: each surface escapes the values it fills in.
 */
export const verification = catalog({
  fr: {
    "verify.title": "Vérification d’un diplôme EXPE-CT",
    "verify.intro":
      "Cette page indique si un label EXPE-CT délivré par le ministère de l’Europe et des Affaires étrangères (DAECT) est en vigueur.",
    "verify.valid": "Label valide",
    "verify.expired": "Label expiré le {date}",
    "verify.suspended": "Label suspendu jusqu’au {date}",
    "verify.revoked": "Label retiré le {date}",
    "verify.revoked.undated": "Label retiré",
    "verify.unknown": "Aucun diplôme EXPE-CT ne porte ce numéro. Vérifiez qu’il a été recopié en entier.",
    "verify.number": "Numéro",
    "verify.holder": "Titulaire",
    "verify.themes": "Thèmes",
    "verify.validity": "Validité",
    "verify.period": "du {from} au {until}",
    "verify.rate_limited": "Trop de vérifications depuis votre adresse : réessayez dans une minute.",
    "verify.other_language": "English",
  },
  en: {
    "verify.title": "EXPE-CT diploma check",
    "verify.intro":
      "This page says whether an EXPE-CT label awarded by the French Ministry for Europe and Foreign Affairs (DAECT) is in force.",
    "verify.valid": "Valid label",
    "verify.expired": "Label expired on {date}",
    "verify.suspended": "Label suspended until {date}",
    "verify.revoked": "Label revoked on {date}",
    "verify.revoked.undated": "Label revoked",
    "verify.unknown": "No EXPE-CT diploma has this number. Check that it was copied in full.",
    "verify.number": "Number",
    "verify.holder": "Holder",
    "verify.themes": "Themes",
    "verify.validity": "Validity",
    "verify.period": "from {from} to {until}",
    "verify.rate_limited": "Too many checks from your address: try again in a minute.",
    "verify.other_language": "Français",
  },
});
