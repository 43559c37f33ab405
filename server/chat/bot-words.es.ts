import type { BotCatalogue } from './bot-catalogue';

// Spanish sentences the bot composes itself (English source: ./bot-words.ts).
export const es: BotCatalogue = {
  words: {
    'bot.greeting':
      '¡Hola! Puedo revisar qué está pasando con el enlace de tu evaluación o entrevista.\n' +
      'Pega aquí el enlace de tu invitación o cuéntame en pocas palabras qué pasa cuando lo abres.',
    'bot.gateway.opening':
      'En la página ves qué le pasó a tu enlace: {{stateTitle}}. Pregúntame lo que quieras sobre esto o elige una pregunta de abajo.',
    'bot.smallTalk':
      'Estoy aquí para ayudarte con tu enlace. ¿Qué pasa cuando lo abres? Me ayuda mucho el mensaje exacto que ves en pantalla.',
    'bot.unsure': 'Quiero entenderte bien. ¿Es alguno de estos casos?',
    'bot.unsure.none':
      'No te entendí del todo. ¿Me lo puedes decir con otras palabras? Me ayuda mucho el mensaje exacto que ves en pantalla.',
    'bot.rephrase':
      '¿Me cuentas con otras palabras qué pasa? Me ayuda el mensaje exacto que ves en pantalla, o si prefieres te pongo en contacto con una persona.',
    'bot.askForLink': 'Pega el enlace de tu invitación y reviso en qué estado está realmente.',
    'bot.didThisHelp': '¿Te sirvió?',
    'bot.shownAbove': 'Te lo expliqué más arriba: {{articleTitle}}. En resumen: {{articleSummary}}',
    'bot.alsoMentioned': 'También mencionaste otra cosa; elígela abajo cuando quieras.',
    'bot.nextBest': 'Perdona, no era eso. Quizás esto encaje mejor:',
    'bot.offerPerson':
      'Siento no haberlo podido resolver. El reclutador puede revisar tu caso: si quieres, le paso tu problema con todos los detalles.',
    'bot.solved': '¡Qué bien que se resolvió! ¡Mucha suerte!',
    'bot.handedOver.intro':
      'Tu mensaje le llegó a {{recruiterName|tu reclutador}}. Puede ver esta conversación y te responderá aquí y por correo.',
    'bot.extend.offer': 'Esta empresa me permite ampliar tu enlace {{hours}} horas, en cuanto me lo confirmes.',
    'bot.extend.confirm': '¿Amplío tu enlace {{hours}} horas? Así funcionará hasta el {{newDeadline}}.',
    'bot.extend.done':
      'Listo: tu nueva fecha límite es el {{deadlineLocal}}. Abre tu {{kindLabel|invitación}} cuando quieras.',
    'bot.extend.limit':
      'No puedo volver a ampliar este enlace yo mismo; quien decide es {{recruiterName|tu reclutador}}. Puedo pasarle tu solicitud con todos los detalles.',
    'bot.extend.unavailable': 'No puedo ampliar este enlace: {{reason}}',
    'bot.extend.cancelled': 'De acuerdo, no cambié nada.',
    'bot.resend.done':
      'Te envié el enlace a {{candidateEmail|la dirección a la que llegó tu invitación}}. Revisa tu bandeja de entrada y la carpeta de spam.',
    'bot.resend.limit':
      'Ya te envié el enlace varias veces en la última hora. Búscalo en tu bandeja de entrada y en la carpeta de spam.',
    'bot.resend.unavailable': 'No puedo volver a enviar este enlace: ya no funciona.',
    'bot.fromBrowserCheck': 'Según la revisión de tu navegador:',
    'bot.escalationIntro': 'Así puedes contactar a una persona sobre esto.',
    'bot.escalationPending': 'Todavía no puedo pasar tu caso desde el chat. La forma más rápida de hablar con una persona es el reclutador:',
    'bot.browserFine': 'La revisión de tu navegador no encontró ningún problema: el navegador, su configuración y la conexión están bien.',
    'bot.allowWhenAsked': 'Cuando la página te pida usar tu cámara y tu micrófono, elige "Permitir".',
    'bot.browserProblems': 'La revisión de tu navegador encontró algo que hay que corregir:',
    'bot.linkUpdate': 'Actualización:',
  },
  topicLeads: {
    'camera-mic-permission': 'Lo que te bloquea no es tu cámara ni tu micrófono',
    'page-wont-load': 'La página no falla por culpa de tu navegador',
    'stuck-loading': 'La pantalla de carga no es un problema de tu lado',
    'lost-connection': 'Lo que te bloquea ahora no es tu conexión',
    'start-new-by-mistake': 'Lo que te bloquea ahora no es haber empezado de nuevo',
    'submitted-need-change': 'En este enlace no se pueden cambiar las respuestas',
    'thinking-time-ran-out': 'Lo que te bloquea no es el temporizador',
    'retake-response': 'En este enlace no se puede repetir ninguna respuesta',
    'reminder-after-close': 'Los recordatorios pueden seguir llegando aunque el enlace ya no funcione',
    'mobile-device': 'Lo que te bloquea no es tu dispositivo',
    'no-response-after-completion': 'Así está tu candidatura',
    'link-sharing': 'Este enlace es solo tuyo',
  },
  extensionLeads: {
    strict: 'Esta empresa no da tiempo extra',
    flexible: 'Solo el reclutador puede darte más tiempo',
  },
  stateClauses: {
    'link-not-found': 'no reconocemos este enlace: puede que esté cortado o mal escrito',
    'completed-unexpectedly':
      'la plataforma cerró tu sesión por su cuenta el {{completedAt|día de tu intento}}, sin que tú la enviaras',
    'already-completed': 'este enlace ya se completó antes, el {{completedAt|día que lo hiciste}}, y solo se puede usar una vez',
    'job-closed': 'la vacante de {{jobTitle|este puesto}} ya no está abierta, así que todos sus enlaces dejaron de funcionar',
    'link-superseded':
      'una invitación más reciente reemplazó este enlace; se envió a {{newerLinkEmail|tu correo}} con fecha {{newerLinkSentAt|posterior}}',
    'link-revoked': 'la empresa desactivó este enlace',
    'access-limit-exceeded':
      'este enlace se abrió más de {{accessLimit|las}} veces permitidas y se bloqueó por seguridad',
    'link-expired': 'este enlace expiró el {{deadlineLocal}}',
    'in-progress-resume': 'ya empezaste tu {{kindLabel|invitación}} y sigue abierta hasta el {{deadlineLocal}}',
    'link-valid': 'tu enlace funciona y está abierto hasta el {{deadlineLocal}}',
  },
  nextActions: {
    'link-not-found': {
      strict:
        'Copia el enlace completo de tu correo (sin que le falte nada al final) y pégalo aquí, o pídele uno nuevo a {{recruiterName|tu reclutador}}.',
      flexible:
        'Copia el enlace completo de tu correo (sin que le falte nada al final) y pégalo aquí, o pídele uno nuevo a {{recruiterName|tu reclutador}}.',
    },
    'completed-unexpectedly': {
      strict:
        'Cuéntale a {{recruiterName|tu reclutador}} qué pasó y cuándo; si quieres, se lo paso yo con los detalles.',
      flexible:
        'Cuéntale a {{recruiterName|tu reclutador}} qué pasó y cuándo; puede restablecerlo. Si quieres, se lo paso yo.',
    },
    'already-completed': {
      strict: 'Tus respuestas ya las tiene {{recruiterName|tu reclutador}}, que las revisará y te responderá.',
      flexible:
        'Solo {{recruiterName|tu reclutador}} puede restablecerlo si hace falta corregir algo; si no, revisará tus respuestas.',
    },
    'job-closed': {
      strict: 'No hay forma de recuperar este enlace; echa un vistazo a otras vacantes de la empresa.',
      flexible: 'No hay forma de recuperar este enlace; echa un vistazo a otras vacantes de la empresa.',
    },
    'link-superseded': {
      strict: 'Usa el enlace nuevo: el del correo con fecha {{newerLinkSentAt|más reciente}}.',
      flexible: 'Usa el enlace nuevo: el del correo con fecha {{newerLinkSentAt|más reciente}}.',
    },
    'link-revoked': {
      strict:
        'Solo {{recruiterName|tu reclutador}} puede ayudarte: escríbele a {{recruiterEmail|la dirección que aparece en tu invitación}}.',
      flexible:
        'Solo {{recruiterName|tu reclutador}} puede ayudarte: escríbele a {{recruiterEmail|la dirección que aparece en tu invitación}}.',
    },
    'access-limit-exceeded': {
      strict: 'Pídele una nueva invitación a {{recruiterName|tu reclutador}}.',
      flexible: 'Pídele a {{recruiterName|tu reclutador}} que lo restablezca o te envíe una nueva invitación.',
    },
    'link-expired': {
      strict: 'Pídele una nueva invitación a {{recruiterName|tu reclutador}}; esta empresa no amplía los plazos.',
      flexible: 'Pídele a {{recruiterName|tu reclutador}} que amplíe el plazo o te envíe una nueva invitación.',
    },
    'in-progress-resume': {
      strict: 'Abre el mismo enlace y elige "Resume" (Reanudar), no "Start New" (Empezar de nuevo).',
      flexible: 'Abre el mismo enlace y elige "Resume" (Reanudar), no "Start New" (Empezar de nuevo).',
    },
    'link-valid': {
      strict: 'Abre tu enlace antes de la fecha límite.',
      flexible: 'Abre tu enlace antes de la fecha límite.',
    },
  },
  askedAs: {
    'link-not-found': 'La página dice que no encuentra mi enlace',
    'completed-unexpectedly': 'Dice que está completado, pero yo no lo envié',
    'already-completed': 'Ya terminé y quiero volver a entrar',
    'job-closed': 'Dice que la vacante está cerrada o que ya no buscan a nadie',
    'link-superseded': 'Dice que una invitación más reciente reemplazó mi enlace',
    'link-revoked': 'Dice que mi enlace fue desactivado',
    'access-limit-exceeded': 'Dice que abrí el enlace demasiadas veces',
    'link-expired': 'Mi enlace expiró',
    'in-progress-resume': 'Empecé y quiero continuar',
    'link-valid': '¿Mi enlace sigue siendo válido?',
    'camera-mic-permission': 'Mi cámara o mi micrófono no funcionan',
    'page-wont-load': 'La página no carga o muestra un error',
    'stuck-loading': 'Se abre, pero luego se congela o se queda cargando',
    'lost-connection': 'Se me cortó la conexión a la mitad',
    'start-new-by-mistake': 'Le di a "Start New" (Empezar de nuevo) sin querer',
    'submitted-need-change': 'Quiero cambiar mis respuestas después de enviarlas',
    'thinking-time-ran-out': 'Se acabó el tiempo para pensar y empezó la grabación',
    'retake-response': 'Quiero volver a grabar una respuesta',
    'extension-request': 'Necesito más tiempo',
    'reminder-after-close': 'Me llegó un recordatorio, pero el enlace no funciona',
    'mobile-device': 'No funciona en mi teléfono o tablet',
    'no-response-after-completion': 'Ya terminé y no me han respondido',
    'link-sharing': '¿Puedo compartir o reenviar mi enlace?',
    'contact-recruiter': 'Quiero hablar con una persona',
    'recruiter-resend-link': 'Volver a enviarle su enlace a un candidato',
    'recruiter-reissue-invite': 'Darle un enlace nuevo a un candidato',
    'recruiter-allow-retake': 'Dejar que un candidato repita la evaluación',
    'recruiter-extend-deadline': 'Darle más tiempo a un candidato',
    'recruiter-job-closed': 'Qué pasa al cerrar o pausar una vacante',
    'recruiter-bulk-resend': 'Reenviar muchas invitaciones a la vez',
    'recruiter-track-status': 'Ver si un candidato abrió o terminó',
    'recruiter-escalate-support': 'Cuándo contactar al soporte de la plataforma',
  },
  actionLabels: {
    solved: 'Eso lo resolvió',
    notHelpful: 'No me sirvió',
    person: 'Hablar con una persona',
    escalate: 'Enviar mi caso',
    showAgain: 'Mostrar de nuevo',
    showAllSteps: 'Ver todos los pasos',
    noneOfThese: 'Ninguno de estos',
    extend: 'Ampliar {{hours}} horas',
    extendConfirm: 'Sí, amplíalo',
    extendCancel: 'No, déjalo así',
    resendLink: 'Envíame mi enlace otra vez',
    openLink: 'Abrir tu {{kindLabel|invitación}}',
    checkSetup: 'Revisar mi navegador',
    followUp: 'Consejos para la próxima vez: {{title}}',
    stillNeedHelp: 'Todavía necesito ayuda',
    personSays: 'Me gustaría hablar con una persona',
    escalateSays: 'Por favor, pásale mi caso a alguien',
    testMedia: 'Probar cámara y micrófono',
  },
  linkChanges: {
    'link-valid': 'Buenas noticias: tu enlace vuelve a funcionar. Tu nueva fecha límite es el {{deadlineLocal}}.',
    'in-progress-resume': 'Buenas noticias: tu enlace vuelve a funcionar hasta el {{deadlineLocal}}. Ábrelo y elige "Resume" (Reanudar) para continuar.',
    'link-superseded': 'Se envió un enlace más reciente a {{newerLinkEmail|tu correo}} con fecha {{newerLinkSentAt|posterior}}. Usa ese: este enlace ya no funciona.',
    'already-completed': 'Tu {{kindLabel|invitación}} ya está completada. {{recruiterName|Tu reclutador}} la revisará.',
  },
};
