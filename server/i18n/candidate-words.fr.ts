import type { CandidateWords } from './candidate-words';

// French words of the server for candidates (English source: CANDIDATE_WORDS_EN in ./candidate-words.ts).
export const fr: CandidateWords = {
  kindLabels: { assessment: 'évaluation', ai_interview: 'entretien IA', video_interview: 'entretien vidéo' },
  newerLinkStates: {
    'link-valid': "prêt à être utilisé",
    'in-progress-resume': "commencé et encore ouvert : vous pouvez donc reprendre",
    'link-expired': "lui aussi expiré",
    'already-completed': "déjà terminé",
    'completed-unexpectedly': "déjà clôturé par la plateforme",
    'job-closed': "fermé, car l’offre n’est plus ouverte",
    'link-revoked': "désactivé par l’entreprise",
    'access-limit-exceeded': "bloqué après trop d’ouvertures",
    'link-superseded': "remplacé par une autre invitation",
    'link-not-found': "introuvable",
  },
  jobStatuses: { open: 'ouverte', paused: 'en pause', closed: 'fermée' },
  lessThanAMinute: "moins d’une minute",
  translationPending: "Cette réponse n’est pas encore traduite en français, elle s’affiche donc en anglais.",
  foreignLink:
    "Ce lien se trouve sur {host}, et non sur {ours}, où se trouvent nos liens. Ne l’ouvrez pas et n’y saisissez rien ; copiez plutôt le lien de votre e-mail d’invitation.",
  mail: {
    roles: { bot: 'Assistant', candidate: 'Vous', recruiter: 'Recruteur', agent: 'Support', system: 'Information' },
    transcriptSubject: "Votre conversation d’aide au sujet de « {jobTitle} »",
    transcriptSubjectNoJob: "Votre conversation d’aide",
    transcriptIntro: "Voici la conversation que vous avez demandée, telle qu’elle était au moment de votre demande.",
    transcriptFooter:
      "Vous recevez cet e-mail parce que quelqu’un l’a demandé dans le chat d’aide de votre lien d’invitation. Il est envoyé uniquement à l’adresse de cette invitation.",
    extendedSubject: "Votre date limite pour « {jobTitle} » est désormais le {deadline}",
    extendedSubjectNoJob: "Votre date limite est désormais le {deadline}",
    extendedBody: "Votre date limite pour « {jobTitle} » est désormais le {deadline}.",
    extendedBodyNoJob: "Votre date limite est désormais le {deadline}.",
    openLinkToContinue: "Ouvrez votre lien pour continuer : {url}",
    openEmailLinkToContinue: "Ouvrez le lien de votre e-mail d’invitation pour continuer.",
    doNotShare: "Ce lien vous est personnel : merci de ne pas le partager.",
    linkSubject: "Votre lien pour « {jobTitle} »",
    linkIntro: "Voici votre lien pour « {jobTitle} » :",
    resentIntro: "Vous avez redemandé votre lien pour « {jobTitle} ». Le voici :",
    worksUntil: "Il fonctionne jusqu’au {deadline}.",
    ignoreIfNotYou: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.",
    replySubject: "Réponse à votre demande",
    reference: "Référence : {reference}",
  },
};
