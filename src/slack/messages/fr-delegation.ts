/** The Slack surface's French words for dated delegations: a stand-in during an absence, a file handed over. */
export const frDelegation = {
  "slack.help.delegation":
    "vous faire remplacer pendant une absence : `/expect delegation &lt;e-mail&gt; du JJ/MM/AAAA au JJ/MM/AAAA`, `/expect delegation fin`",
  "slack.delegation.usage":
    "Usage : `/expect delegation &lt;e-mail de la personne qui vous remplace&gt; du JJ/MM/AAAA au JJ/MM/AAAA` (dates incluses), ou `/expect delegation fin` à votre retour.",
  "slack.delegation.done":
    "C’est noté : {name} vous remplace du {from} au {to} inclus. Cette personne reçoit aussi ce qui vous est adressé et peut agir en votre nom ; `/expect delegation fin` y met fin plus tôt.",
  "slack.delegation.already": "{name} vous remplace déjà du {from} au {to} inclus.",
  "slack.delegation.ended": "Bon retour : votre délégation est terminée ({count}).",
  "slack.delegation.none": "Vous n’aviez aucune délégation en cours.",
  "slack.admin.delegationUsage":
    "Usage : `/expect admin delegation &lt;e-mail délégant&gt; &lt;e-mail délégué&gt; du JJ/MM/AAAA au JJ/MM/AAAA`, `/expect admin delegation fin &lt;e-mail délégant&gt;`, `/expect admin reaffecter &lt;identifiant de candidature&gt; &lt;e-mail&gt;`.",
  "slack.admin.delegated": "{delegate} remplace {delegator} du {from} au {to} inclus.",
  "slack.admin.delegatedAlready": "{delegate} remplaçait déjà {delegator} du {from} au {to} inclus.",
  "slack.admin.delegationEnded": "Délégation(s) de {delegator} terminée(s) : {count}.",
  "slack.admin.delegationNone": "{delegator} n’avait aucune délégation en cours.",
  "slack.admin.reassigned": "La candidature est désormais suivie par {email}.",
  "slack.admin.reassignedAlready": "La candidature était déjà suivie par {email}.",
  "slack.notify.delegation_named":
    "Vous remplacez {by} du {since} au {deadline} inclus : vous recevez aussi ce qui lui est adressé, et pouvez agir en son nom.",
} as const;
