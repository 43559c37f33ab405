import type { CandidateWords } from './candidate-words';

// Portuguese (Brazil) words of the server for candidates (English source: ./candidate-words.ts).
export const pt: CandidateWords = {
  kindLabels: { assessment: 'avaliação', ai_interview: 'entrevista com IA', video_interview: 'entrevista em vídeo' },
  newerLinkStates: {
    'link-valid': 'pronto para usar',
    'in-progress-resume': 'já iniciado e ainda aberto, então você pode retomá-lo',
    'link-expired': 'também expirado',
    'already-completed': 'já concluído',
    'completed-unexpectedly': 'já encerrado pela plataforma',
    'job-closed': 'encerrado porque a vaga não está mais aberta',
    'link-revoked': 'desativado pela empresa',
    'access-limit-exceeded': 'bloqueado por excesso de acessos',
    'link-superseded': 'substituído por outro convite',
    'link-not-found': 'não encontrado',
  },
  jobStatuses: { open: 'aberta', paused: 'pausada', closed: 'encerrada' },
  lessThanAMinute: 'menos de um minuto',
  translationPending: 'Esta resposta ainda não foi traduzida para o português, por isso aparece em inglês.',
  foreignLink:
    'Este link está em {host}, e não em {ours}, onde ficam os nossos links. Não abra esse link nem digite nada nele; em vez disso, copie o link do seu e-mail de convite.',
  mail: {
    roles: { bot: 'Assistente', candidate: 'Você', recruiter: 'Recrutador', agent: 'Suporte', system: 'Aviso' },
    transcriptSubject: 'Sua conversa de ajuda sobre "{jobTitle}"',
    transcriptSubjectNoJob: 'Sua conversa de ajuda',
    transcriptIntro: 'Aqui está a conversa que você pediu, do jeito que estava no momento do pedido.',
    transcriptFooter:
      'Você recebeu este e-mail porque alguém o solicitou no chat de ajuda do seu link de convite. Ele é enviado somente para o endereço desse convite.',
    extendedSubject: 'Seu prazo para "{jobTitle}" agora é {deadline}',
    extendedSubjectNoJob: 'Seu prazo agora é {deadline}',
    extendedBody: 'Seu prazo para "{jobTitle}" agora é {deadline}.',
    extendedBodyNoJob: 'Seu prazo agora é {deadline}.',
    openLinkToContinue: 'Abra seu link para continuar: {url}',
    openEmailLinkToContinue: 'Abra o link do seu e-mail de convite para continuar.',
    doNotShare: 'Ele é exclusivo para você: por favor, não compartilhe.',
    linkSubject: 'Seu link para "{jobTitle}"',
    linkIntro: 'Aqui está o seu link para "{jobTitle}":',
    resentIntro: 'Você pediu de novo o seu link para "{jobTitle}". Aqui está:',
    worksUntil: 'Ele funciona até {deadline}.',
    ignoreIfNotYou: 'Se não foi você que pediu, pode ignorar este e-mail.',
    replySubject: 'Resposta à sua solicitação',
    reference: 'Referência: {reference}',
  },
};
