import type { BotCatalogue } from './bot-catalogue';

// French sentences the bot composes itself (English source: ./bot-words.ts).
export const fr: BotCatalogue = {
  words: {
    'bot.greeting':
      'Bonjour ! Je peux vérifier ce qui se passe avec votre lien d’évaluation ou d’entretien.\n' +
      'Collez ici le lien de votre invitation, ou dites-moi en quelques mots ce qui se passe quand vous l’ouvrez.',
    'bot.gateway.opening': 'Cette page explique ce qui est arrivé à votre lien : {{stateTitle}}. Posez-moi vos questions, ou choisissez-en une ci-dessous.',
    'bot.smallTalk': 'Je suis là pour vous aider avec votre lien. Que se passe-t-il quand vous l’ouvrez ? Le message exact affiché à l’écran m’aide beaucoup.',
    'bot.unsure': 'Je veux être sûr de bien comprendre. C’est l’un de ces cas ?',
    'bot.unsure.none': 'Je n’ai pas bien compris. Pourriez-vous le dire autrement ? Le message exact affiché à l’écran m’aide beaucoup.',
    'bot.rephrase':
      'Pourriez-vous m’expliquer autrement ce qui se passe ? Le message exact affiché à l’écran m’aide beaucoup, sinon je peux vous mettre en contact avec une personne.',
    'bot.askForLink': 'Collez le lien de votre invitation et je vérifierai son état réel.',
    'bot.didThisHelp': 'Est-ce que cela vous a aidé ?',
    'bot.shownAbove': 'Je l’ai expliqué plus haut : {{articleTitle}}. En bref : {{articleSummary}}',
    'bot.alsoMentioned': 'Vous avez aussi parlé d’autre chose ; choisissez-le ci-dessous quand vous voulez.',
    'bot.nextBest': 'Désolé, ce n’était pas ça. Ceci correspond peut-être mieux :',
    'bot.offerPerson':
      'Désolé, je n’ai pas pu résoudre votre problème. Le recruteur peut examiner votre cas : je peux lui transmettre votre problème avec tous les détails.',
    'bot.solved': 'Ravi que ce soit réglé. Bonne chance !',
    'bot.handedOver.intro': 'Votre message a été transmis à {{recruiterName|votre recruteur}}, qui voit cette conversation et vous répondra ici et par e-mail.',
    'bot.extend.offer': 'Cet employeur me permet de prolonger votre lien de {{hours}} heures, dès que vous confirmez.',
    'bot.extend.confirm': 'Prolonger votre lien de {{hours}} heures ? Il fonctionnera alors jusqu’au {{newDeadline}}.',
    'bot.extend.done': 'C’est fait : votre nouvelle date limite est le {{deadlineLocal}}. Ouvrez votre {{kindLabel|invitation}} quand vous êtes prêt.',
    'bot.extend.limit':
      'Je ne peux pas prolonger ce lien une nouvelle fois moi-même ; c’est {{recruiterName|votre recruteur}} qui décide. Je peux lui transmettre votre demande avec tous les détails.',
    'bot.extend.unavailable': 'Je ne peux pas prolonger ce lien : {{reason}}',
    'bot.extend.cancelled': 'Très bien, rien n’a été modifié.',
    'bot.resend.done': 'J’ai envoyé votre lien à {{candidateEmail|l’adresse qui a reçu votre invitation}}. Vérifiez votre boîte de réception et vos spams.',
    'bot.resend.limit':
      'Je vous ai déjà envoyé votre lien plusieurs fois au cours de la dernière heure. Merci de le chercher dans votre boîte de réception et vos spams.',
    'bot.resend.unavailable': 'Je ne peux pas renvoyer ce lien : il ne fonctionne plus.',
    'bot.fromBrowserCheck': 'D’après la vérification de votre navigateur :',
    'bot.escalationIntro': 'Voici comment joindre une personne à ce sujet.',
    'bot.escalationPending': 'Je ne peux pas encore transmettre votre problème depuis le chat. Le plus rapide pour joindre une personne, c’est le recruteur :',
    'bot.browserFine': 'La vérification de votre navigateur n’a rien trouvé d’anormal : le navigateur, ses réglages et la connexion semblent en ordre.',
    'bot.allowWhenAsked': 'Quand la page vous demande d’utiliser votre caméra et votre micro, choisissez « Autoriser ».',
    'bot.browserProblems': 'La vérification de votre navigateur a trouvé quelque chose à corriger :',
    'bot.linkUpdate': 'Mise à jour :',
  },
  topicLeads: {
    'camera-mic-permission': 'Ce n’est pas votre caméra ni votre micro qui vous bloque',
    'page-wont-load': 'Si la page ne fonctionne pas, ce n’est pas à cause de votre navigateur',
    'stuck-loading': 'L’écran de chargement n’est pas un problème de votre côté',
    'lost-connection': 'Ce n’est pas votre connexion qui vous bloque maintenant',
    'start-new-by-mistake': 'Ce n’est pas le fait d’avoir recommencé qui vous bloque maintenant',
    'submitted-need-change': 'Les réponses ne peuvent pas être modifiées sur ce lien',
    'thinking-time-ran-out': 'Ce n’est pas le minuteur qui vous bloque',
    'retake-response': 'Il n’est pas possible de refaire une réponse sur ce lien',
    'reminder-after-close': 'Des rappels peuvent encore partir après qu’un lien a cessé de fonctionner',
    'mobile-device': 'Ce n’est pas votre appareil qui vous bloque',
    'no-response-after-completion': 'Voici où en est votre candidature',
    'link-sharing': 'Ce lien est strictement personnel',
  },
  extensionLeads: {
    strict: 'Cet employeur n’accorde pas de délai supplémentaire',
    flexible: 'Seul le recruteur peut vous accorder plus de temps',
  },
  stateClauses: {
    'link-not-found': 'ce lien ne correspond à aucun lien que nous connaissons : il est peut-être incomplet ou mal recopié',
    'completed-unexpectedly': 'la plateforme a clôturé votre session d’elle-même (le {{completedAt|jour de votre passage}}), sans que vous ayez validé l’envoi',
    'already-completed': 'ce lien a déjà été utilisé jusqu’au bout (le {{completedAt|jour de votre passage}}), et il ne fonctionne qu’une seule fois',
    'job-closed': 'le recrutement pour le poste {{jobTitle|concerné}} est terminé, donc tous ses liens ont cessé de fonctionner',
    'link-superseded':
      'une invitation plus récente a remplacé ce lien ; elle a été envoyée à {{newerLinkEmail|votre adresse e-mail}} le {{newerLinkSentAt|jour indiqué dans ce nouvel e-mail}}',
    'link-revoked': 'l’entreprise a désactivé ce lien',
    'access-limit-exceeded': 'ce lien a été ouvert plus de fois qu’autorisé (maximum : {{accessLimit|fixé par l’employeur}}) et s’est verrouillé par sécurité',
    'link-expired': 'ce lien a expiré le {{deadlineLocal}}',
    'in-progress-resume': 'vous avez commencé votre {{kindLabel|invitation}}, et votre lien reste ouvert jusqu’au {{deadlineLocal}}',
    'link-valid': 'votre lien fonctionne et reste ouvert jusqu’au {{deadlineLocal}}',
  },
  nextActions: {
    'link-not-found': {
      strict:
        'Copiez le lien en entier depuis votre e-mail (sans rien oublier à la fin) et collez-le ici, ou demandez-en un nouveau à {{recruiterName|votre recruteur}}.',
      flexible:
        'Copiez le lien en entier depuis votre e-mail (sans rien oublier à la fin) et collez-le ici, ou demandez-en un nouveau à {{recruiterName|votre recruteur}}.',
    },
    'completed-unexpectedly': {
      strict:
        'Expliquez à {{recruiterName|votre recruteur}} ce qui s’est passé et à quel moment ; je peux lui transmettre tout ça pour vous, avec les détails.',
      flexible:
        'Expliquez à {{recruiterName|votre recruteur}} ce qui s’est passé et à quel moment  : votre lien peut être réinitialisé. Je peux transmettre pour vous.',
    },
    'already-completed': {
      strict: 'Vos réponses sont entre les mains de {{recruiterName|votre recruteur}}, qui les examinera et reviendra vers vous.',
      flexible:
        'Si une correction est nécessaire, {{recruiterName|votre recruteur}} est la seule personne à pouvoir réinitialiser le lien ; sinon, vos réponses seront examinées telles quelles.',
    },
    'job-closed': {
      strict: 'Ce lien ne peut plus être réactivé ; jetez un œil aux autres offres de l’entreprise.',
      flexible: 'Ce lien ne peut plus être réactivé ; jetez un œil aux autres offres de l’entreprise.',
    },
    'link-superseded': {
      strict: 'Utilisez le lien le plus récent, celui de l’invitation envoyée le {{newerLinkSentAt|plus récemment}}.',
      flexible: 'Utilisez le lien le plus récent, celui de l’invitation envoyée le {{newerLinkSentAt|plus récemment}}.',
    },
    'link-revoked': {
      strict:
        '{{recruiterName|Votre recruteur}} est la seule personne à pouvoir vous aider : écrivez-lui à {{recruiterEmail|l’adresse indiquée dans votre invitation}}.',
      flexible:
        '{{recruiterName|Votre recruteur}} est la seule personne à pouvoir vous aider : écrivez-lui à {{recruiterEmail|l’adresse indiquée dans votre invitation}}.',
    },
    'access-limit-exceeded': {
      strict: 'Demandez une nouvelle invitation à {{recruiterName|votre recruteur}}.',
      flexible: 'Demandez à {{recruiterName|votre recruteur}} de réinitialiser le lien ou de vous envoyer une nouvelle invitation.',
    },
    'link-expired': {
      strict: 'Demandez une nouvelle invitation à {{recruiterName|votre recruteur}} ; cet employeur ne prolonge pas les délais.',
      flexible: 'Demandez à {{recruiterName|votre recruteur}} de prolonger le lien ou de vous envoyer une nouvelle invitation.',
    },
    'in-progress-resume': {
      strict: 'Ouvrez le même lien et choisissez « Resume » (Reprendre), pas « Start New » (Recommencer).',
      flexible: 'Ouvrez le même lien et choisissez « Resume » (Reprendre), pas « Start New » (Recommencer).',
    },
    'link-valid': {
      strict: 'Ouvrez votre lien avant la date limite.',
      flexible: 'Ouvrez votre lien avant la date limite.',
    },
  },
  askedAs: {
    'link-not-found': 'La page dit que mon lien est introuvable',
    'completed-unexpectedly': 'C’est marqué terminé, mais je n’ai rien envoyé',
    'already-completed': 'J’ai déjà terminé et je veux y retourner',
    'job-closed': 'C’est marqué que l’offre est fermée ou pourvue',
    'link-superseded': 'C’est marqué qu’une nouvelle invitation a remplacé mon lien',
    'link-revoked': 'C’est marqué que mon lien a été désactivé',
    'access-limit-exceeded': 'C’est marqué que j’ai ouvert le lien trop de fois',
    'link-expired': 'Mon lien a expiré',
    'in-progress-resume': 'J’ai commencé et je veux continuer',
    'link-valid': 'Mon lien est-il toujours valide ?',
    'camera-mic-permission': 'Ma caméra ou mon micro ne marche pas',
    'page-wont-load': 'La page ne charge pas ou affiche une erreur',
    'stuck-loading': 'Ça s’ouvre, puis ça bloque ou ça charge sans fin',
    'lost-connection': 'J’ai perdu la connexion en plein milieu',
    'start-new-by-mistake': 'J’ai cliqué sur Start New (Recommencer) par erreur',
    'submitted-need-change': 'Je veux modifier mes réponses après l’envoi',
    'thinking-time-ran-out': 'Le temps de réflexion s’est écoulé et l’enregistrement a commencé',
    'retake-response': 'Je veux refaire une réponse enregistrée',
    'extension-request': 'J’ai besoin de plus de temps',
    'reminder-after-close': 'J’ai reçu un rappel mais le lien ne marche pas',
    'mobile-device': 'Ça ne marche pas sur mon téléphone ou ma tablette',
    'no-response-after-completion': 'J’ai terminé et je n’ai pas de nouvelles',
    'link-sharing': 'Puis-je partager ou transférer mon lien ?',
    'contact-recruiter': 'Je veux parler à une personne',
    'recruiter-resend-link': 'Renvoyer son lien à un candidat',
    'recruiter-reissue-invite': 'Donner un nouveau lien à un candidat',
    'recruiter-allow-retake': 'Permettre à un candidat de repasser l’évaluation',
    'recruiter-extend-deadline': 'Accorder plus de temps à un candidat',
    'recruiter-job-closed': 'Ce que change la clôture ou la mise en pause d’une offre',
    'recruiter-bulk-resend': 'Renvoyer plusieurs invitations d’un coup',
    'recruiter-track-status': 'Voir si un candidat a ouvert ou terminé',
    'recruiter-escalate-support': 'Quand contacter le support de la plateforme',
  },
  actionLabels: {
    solved: 'C’est réglé',
    notHelpful: 'Ça ne m’a pas aidé',
    person: 'Parler à une personne',
    escalate: 'Transmettre mon problème',
    showAgain: 'Revoir cette réponse',
    showAllSteps: 'Voir toutes les étapes',
    noneOfThese: 'Aucun de ces cas',
    extend: 'Prolonger de {{hours}} heures',
    extendConfirm: 'Oui, prolonger',
    extendCancel: 'Non, laisser tel quel',
    resendLink: 'Renvoyez-moi mon lien',
    openLink: 'Ouvrir votre {{kindLabel|invitation}}',
    checkSetup: 'Vérifier mon navigateur',
    followUp: 'Conseils pour la prochaine fois : {{title}}',
    stillNeedHelp: 'J’ai encore besoin d’aide',
    personSays: 'J’aimerais parler à une personne',
    escalateSays: 'Merci de transmettre mon problème à quelqu’un',
    testMedia: 'Tester la caméra et le micro',
  },
  linkChanges: {
    'link-valid': 'Bonne nouvelle : votre lien fonctionne à nouveau. Votre date limite est désormais le {{deadlineLocal}}.',
    'in-progress-resume':
      'Bonne nouvelle : votre lien fonctionne à nouveau jusqu’au {{deadlineLocal}}. Ouvrez-le et choisissez « Resume » (Reprendre) pour continuer.',
    'link-superseded':
      'Un lien plus récent a été envoyé à {{newerLinkEmail|votre adresse e-mail}} le {{newerLinkSentAt|jour indiqué dans ce nouvel e-mail}}. Utilisez celui-là : ce lien-ci ne fonctionne plus.',
    'already-completed': 'Vous avez maintenant terminé votre {{kindLabel|invitation}}. {{recruiterName|Votre recruteur}} va l’examiner.',
  },
  fullStop: '.',
};
