// The raw material for generated Spanish text: names, topics and words a sports club or a shop's
// forum would use, accents included so that search has to ignore them like it does for real posts.

export const FIRST_NAMES = [
  'Ana', 'Carlos', 'Lucía', 'Javier', 'Elena', 'Pablo', 'Sara', 'Diego', 'Carmen', 'Miguel', 'Paula', 'Álvaro',
  'Marina', 'Sergio', 'Nuria', 'Raúl', 'Irene', 'Hugo', 'Cristina', 'Adrián', 'Beatriz', 'Iván', 'Laia', 'Óscar',
  'Rocío', 'Andrés', 'Teresa', 'Mario', 'Alba', 'Daniel', 'Marta', 'Jorge', 'Inés', 'Rubén', 'Claudia', 'Víctor',
  'Noelia', 'Gonzalo', 'Patricia', 'Íñigo', 'Julia', 'Tomás', 'Silvia', 'Rafael', 'Aitana', 'Joaquín', 'Lorena', 'Ramón',
];

export const SURNAMES = [
  'Ruiz', 'Navarro', 'Fernández', 'Moreno', 'Torres', 'Jiménez', 'Castillo', 'Romero', 'Ortega', 'Delgado', 'Herrera',
  'Vidal', 'Cano', 'Prieto', 'Molina', 'Serrano', 'Blanco', 'Suárez', 'Méndez', 'Peña', 'León', 'Marín', 'Pons',
  'Rubio', 'Gil', 'Santos', 'Vega', 'Lozano', 'Guerrero', 'Campos', 'Ibáñez', 'Gómez', 'Martín', 'Sánchez', 'Díaz',
  'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Domínguez', 'Vázquez', 'Ramos', 'Cortés', 'Garrido', 'Calvo',
];

/** [slug stem, name] */
export const TOPICS: [string, string][] = [
  ['futbol', 'Fútbol'], ['padel', 'Pádel'], ['tenis', 'Tenis'], ['natacion', 'Natación'], ['baloncesto', 'Baloncesto'],
  ['gimnasio', 'Gimnasio'], ['yoga', 'Yoga'], ['ciclismo', 'Ciclismo'], ['running', 'Running'], ['senderismo', 'Senderismo'],
  ['ajedrez', 'Ajedrez'], ['voleibol', 'Voleibol'], ['balonmano', 'Balonmano'], ['atletismo', 'Atletismo'], ['escuela', 'Escuela deportiva'],
  ['veteranos', 'Veteranos'], ['familias', 'Familias'], ['socios', 'Socios'], ['tienda', 'Tienda del club'], ['eventos', 'Eventos'],
];

export const GROUP_QUALIFIERS = ['', 'infantil', 'juvenil', 'femenino', 'mañanas', 'tardes', 'fin de semana', 'competición', 'iniciación', 'veteranos'];

export const TITLE_OPENINGS = [
  '¿Alguien sabe', 'Propuesta:', 'Dudas sobre', 'Resultados de', 'Horario de', 'Cambios en', 'Quedada para',
  'Opiniones sobre', 'Fotos de', 'Ayuda con', 'Nueva temporada:', 'Aviso:', 'Sugerencia para', 'Reserva de',
];

export const TITLE_SUBJECTS = [
  'el torneo de pádel', 'la piscina cubierta', 'el partido del sábado', 'las clases de yoga', 'la cuota anual',
  'el fútbol sala', 'la sala de musculación', 'los vestuarios', 'la escuela de verano', 'el campo de fútbol 2',
  'la liga interna', 'las pistas de tenis', 'la cena de la sección', 'el aparcamiento', 'las equipaciones nuevas',
  'la carrera popular', 'el calendario de partidos', 'la cafetería', 'los entrenadores', 'la asamblea de socios',
];

export const WORDS = (
  'el la los las un una de del en con por para que y o pero muy más menos también ya aún siempre nunca hoy mañana ' +
  'ayer sábado domingo lunes martes semana temporada partido equipo entrenamiento entrenador jugadores socios club ' +
  'fútbol pádel tenis natación piscina gimnasio pista campo vestuario balón raqueta red portería árbitro resultado ' +
  'victoria derrota empate liga torneo copa final semifinal clasificación horario reserva cuota inscripción ' +
  'equipación camiseta zapatillas pantalón tienda pedido envío devolución talla precio descuento oferta calidad ' +
  'gracias perfecto genial estupendo fatal regular bien mal mejor peor rápido lento nuevo viejo grande pequeño ' +
  'creo pienso opino propongo pregunto sabéis podemos quedamos jugamos entrenamos llegamos salimos vemos hablamos ' +
  'niños familias veteranos monitores directiva secretaría asamblea cena fiesta viaje autobús coche aparcamiento ' +
  'agua luz calefacción duchas taquillas llaves tarjeta acceso puerta entrada salida verano invierno primavera otoño ' +
  'lluvia sol frío calor césped arena cemento cristal madera música clase grupo nivel principiante avanzado ' +
  'campeonato medalla trofeo foto vídeo noticia aviso cambio problema solución idea propuesta opinión duda respuesta'
).split(' ');

// Complaints: what members of a club complain about, and how its staff answer. Sentences are whole so
// the board and the timelines read like a real club's, and accents stay for search to fold.

/** The three staff teams; staff titles are their team's name, managers sign as `MANAGER_TITLE`. */
export const STAFF_TEAMS = ['Atención al socio', 'Mantenimiento', 'Administración'];
export const MANAGER_TITLE = 'Dirección';

/** [category, team number (1-based in STAFF_TEAMS), title stems of its complaints] */
export const COMPLAINT_CATEGORIES: [string, number, string[]][] = [
  ['Instalaciones', 2, [
    'Duchas sin agua caliente', 'Máquina de remo averiada', 'Goteras en el techo', 'La calefacción no funciona',
    'Focos fundidos', 'Taquillas rotas que no cierran', 'Red de la pista rota', 'Césped artificial levantado',
  ]],
  ['Limpieza e higiene', 2, [
    'Vestuarios sucios por la tarde', 'Papeleras llenas todo el fin de semana', 'Olor fuerte en las duchas',
    'Suelo resbaladizo', 'Falta de jabón y papel', 'Agua de la piscina turbia', 'Hongos en las juntas de las duchas',
  ]],
  ['Cuotas y facturación', 3, [
    'Cobro duplicado de la cuota', 'Recibo con importe incorrecto', 'No me aplican el descuento familiar',
    'Cargo de una actividad que no contraté', 'Devolución pendiente desde hace meses', 'Subida de cuota sin aviso',
    'Me cobran la matrícula otra vez',
  ]],
  ['Atención del personal', 1, [
    'Trato poco amable en recepción', 'Nadie contesta al teléfono', 'Información contradictoria sobre horarios',
    'Monitor que no se presentó a la clase', 'Respuesta tardía a mi correo', 'Cambio de monitor sin avisar',
  ]],
  ['Actividades y clases', 1, [
    'Clase cancelada sin aviso', 'Grupos de natación demasiado llenos', 'Horario de pádel incompatible con el trabajo',
    'Sin plaza en yoga aunque me apunté a tiempo', 'Entrenamientos infantiles suspendidos', 'Falta de material en spinning',
  ]],
  ['Tienda y equipaciones', 1, [
    'Equipación con la talla equivocada', 'Pedido sin entregar', 'Camiseta que destiñe al primer lavado',
    'Devolución rechazada', 'Precio distinto al de la web', 'Zapatillas con defecto de fábrica',
  ]],
  ['Reservas y web', 3, [
    'La app no deja reservar pista', 'Reserva cancelada sin motivo', 'Error al pagar con tarjeta en la web',
    'No llega el correo de confirmación', 'Doble reserva de la misma pista', 'No puedo entrar en el área de socios',
  ]],
  ['Seguridad y accesos', 2, [
    'La tarjeta de acceso no funciona', 'Puerta de emergencia bloqueada', 'Aparcamiento sin iluminación',
    'Robo en las taquillas', 'Torno de entrada averiado', 'Cámaras apagadas en el aparcamiento',
  ]],
];

export const COMPLAINT_BRANCHES = [
  'Sede central', 'Piscina cubierta', 'Piscina de verano', 'Pabellón polideportivo', 'Campo de fútbol', 'Pistas de pádel',
  'Pistas de tenis', 'Gimnasio', 'Tienda del club', 'Secretaría', 'Cafetería', 'Escuela deportiva', 'Ciudad deportiva norte',
  'Aparcamiento',
];

export const TITLE_ENDINGS = [
  '', '', '', ' otra vez', ' desde hace semanas', ' este fin de semana', ' (tercera vez que lo aviso)', ' y nadie responde',
  ' desde el lunes', ' en horario de tarde', ' cada sábado',
];

export const COMPLAINT_OPENINGS = [
  'Buenas tardes.', 'Hola.', 'Buenos días.', 'Quería dejar constancia de lo siguiente.', 'Escribo porque ya no sé a quién acudir.',
  'Hola a todos.',
];

export const COMPLAINT_DETAILS = [
  'Ya lo comenté en recepción y nadie me ha dicho nada.', 'No es la primera vez que pasa.',
  'Pagamos la cuota completa y esperamos un servicio a la altura.', 'Mis hijos entrenan allí tres días por semana y se quejan de lo mismo.',
  'Lo avisé por teléfono la semana pasada.', 'Otros socios me han dicho que les ocurre igual.',
  'Entiendo que son cosas que pasan, pero lleva así demasiado tiempo.', 'El monitor nos dijo que lo sabían desde hace días.',
  'Fui el martes a última hora y seguía igual.', 'Creo que es un problema de mantenimiento básico.',
  'Es un tema de seguridad: alguien se puede hacer daño.', 'Con lo que cuesta la cuota, esto no debería pasar.',
];

export const COMPLAINT_CLOSINGS = [
  'Espero una solución pronto.', 'Gracias de antemano.', 'Un saludo.', 'Quedo a la espera de vuestra respuesta.',
  'Por favor, que alguien lo revise.', 'Gracias.',
];

/** Timeline texts by voice: a body takes one sentence from each slot, in order (an apology before the thanks). */
export const EVENT_TEXTS: Record<string, string[][]> = {
  reply: [
    ['Hola, gracias por escribirnos y perdona las molestias.', 'Sentimos mucho lo ocurrido.', 'Lamentamos la situación que describes.', 'Tienes razón en quejarte, y te pedimos disculpas.'],
    ['Hemos pasado tu aviso al equipo responsable.', 'Lo estamos revisando con el responsable de la instalación.', 'Hemos comprobado tu caso en el sistema.', 'Ya hemos hablado con el personal del turno de tarde.'],
    ['Te iremos informando por aquí de cada paso.', 'En cuanto tengamos la fecha del técnico, la publicamos en esta queja.', 'Nos comprometemos a revisarlo esta misma semana.', 'Gracias por avisarnos: así podemos mejorar.'],
  ],
  progress: [
    ['El técnico ha revisado la instalación y falta una pieza.', 'Hemos pedido presupuesto a dos empresas.', 'Hemos reforzado el turno de limpieza mientras tanto.',
      'Administración ya ha localizado el cargo y está tramitando la corrección.', 'El proveedor confirma el envío para la semana que viene.', 'Hemos revisado los registros de acceso de ese día.'],
    ['Os seguiremos contando aquí cómo avanza.', 'Mañana se hace la primera prueba.', 'Esperamos tenerlo listo en unos días.'],
  ],
  solution: [
    ['Ya está reparado: hemos cambiado la pieza y lo hemos probado esta mañana.', 'Hemos devuelto el importe cobrado de más; lo verás en tu cuenta en unos días.',
      'Hemos ajustado el horario y abierto un grupo nuevo los martes.', 'Te hemos enviado una equipación nueva de tu talla sin coste.',
      'Hemos cambiado el protocolo de limpieza: ahora se revisa cada dos horas.', 'La app ya permite reservar: era un fallo de la última actualización.'],
    ['Confírmanos si lo ves resuelto, por favor.', 'Si no es así, dínoslo aquí mismo.'],
  ],
  rejection: [
    ['Sigue igual, lo comprobé ayer.', 'No está resuelto: el problema ha vuelto a aparecer.', 'La devolución no ha llegado todavía.',
      'Lo siento, pero esto no soluciona lo que planteaba.', 'Hoy por la tarde volvía a pasar lo mismo.'],
    ['¿Podéis revisarlo otra vez?', 'Espero que lo miréis de nuevo.'],
  ],
  close_duplicate: [
    ['Cerramos esta queja porque ya se trata en otra con el mismo problema.'],
    ['Puedes seguirla allí y sumar tu «a mí también».', 'Gracias por avisar igualmente.'],
  ],
  close_not_actionable: [
    ['No podemos actuar sobre esto: no depende del club.', 'Esto lo gestiona el ayuntamiento, no el club.'],
    ['Te explicamos a quién dirigirte para que lo puedan resolver.', 'Sentimos no poder hacer más en este caso.'],
  ],
  close_no_response: [
    ['Cerramos la queja al no tener respuesta a nuestra última pregunta.'],
    ['Si sigue pasando, puedes volver a escribirnos.', 'Gracias por tu aviso.'],
  ],
  withdraw: [['Ya se ha solucionado por otra vía, gracias.', 'Retiro la queja: fue un malentendido.', 'Lo hablé en recepción y está arreglado.']],
  reopen: [
    ['Reabrimos la queja: el problema ha vuelto.', 'Volvemos a abrirla tras revisar el caso de nuevo.'],
    ['Perdona las molestias.', 'Te contamos aquí los próximos pasos.'],
  ],
  comment: [[
    'A mí me pasó lo mismo el martes.', 'Confirmo, en el turno de mañana también ocurre.', 'Esto lleva así desde el verano.',
    'Gracias por ponerlo aquí, yo también lo había avisado.', 'Ayer ya estaba arreglado, al menos por la tarde.',
    '¿Alguien sabe si hay fecha para arreglarlo?', 'Mi hija se quejó de lo mismo después del entrenamiento.', 'Lo de siempre… a ver si esta vez se soluciona.',
  ]],
  private_author: [[
    'Os dejo por aquí el número de recibo para que lo comprobéis.', 'Prefiero dar los detalles del cargo por este canal.',
    'Estoy disponible por las tardes si queréis llamarme.', 'El pedido lo hice con la cuenta de mi pareja.',
  ]],
  private_staff: [[
    'Gracias, con estos datos ya lo localizamos.', '¿Nos puedes indicar la fecha exacta del cargo?', 'Te llamamos mañana por la mañana para cerrarlo.',
    'Hemos verificado tus datos; seguimos en la queja pública.',
  ]],
  note: [[
    'Hablado con mantenimiento: la pieza llega el jueves.', 'Tercera queja de este socio este año; tratar con prioridad.',
    'Revisado el TPV: el cobro duplicado es real.', 'Pendiente de presupuesto; no prometer fecha todavía.',
    'El monitor confirma la cancelación, fue por baja médica.', 'Hay otras quejas parecidas en esta sede.',
  ]],
  incident: [
    ['Seguimos trabajando en la incidencia general.', 'El técnico de la compañía está en la instalación.'],
    ['Te avisamos en cuanto esté resuelta para todos.', 'Gracias por la paciencia.'],
  ],
  incident_resolved: [
    ['La incidencia está resuelta para todos los afectados.'],
    ['Gracias por la paciencia durante estos días.', 'Si todavía notas algo, dínoslo aquí.'],
  ],
  rating: [[
    'Rápidos y amables, gracias.', 'Se solucionó, aunque tardaron más de lo que dijeron.', 'Al final me devolvieron el dinero.',
    'Nadie me explicó nada.', 'Bien, pero no debería haber pasado.', 'Muy contentos con la respuesta.', 'Tuve que insistir demasiado.',
  ]],
};

/** [title, type] of the incidents that group complaints with one cause. */
export const INCIDENT_TITLES: [string, 'technical' | 'commercial' | 'institutional'][] = [
  ['Avería general de agua caliente', 'technical'], ['Caída del sistema de reservas', 'technical'],
  ['Cobros duplicados de la remesa mensual', 'commercial'], ['Corte de luz en el pabellón', 'technical'],
  ['Retraso en los pedidos de equipación', 'commercial'], ['Cierre de la piscina sin aviso previo', 'institutional'],
  ['Fallo de los tornos de acceso', 'technical'], ['Cambio de horarios de la escuela deportiva', 'institutional'],
];

/** The six steps of good attention (DOMAIN › Response coach), as the templates staff start from. */
export const RESPONSE_TEMPLATES: [string, string][] = [
  ['Disculpa', 'Hola. Sentimos mucho lo ocurrido y te pedimos disculpas por las molestias.'],
  ['Interés', 'Gracias por contárnoslo con detalle: ya lo estamos revisando con el equipo responsable.'],
  ['Compromiso', 'Nos comprometemos a darte una respuesta antes de tres días laborables.'],
  ['Solución', 'Esto es lo que hemos hecho: … Confírmanos si lo ves resuelto.'],
  ['Seguimos informando', 'Te seguiremos contando aquí cada paso hasta que esté resuelto.'],
  ['Agradecimiento', 'Gracias por avisarnos y por tu paciencia: así mejoramos el club.'],
];
