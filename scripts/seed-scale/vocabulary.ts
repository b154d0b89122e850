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
