<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="18"/>
        <source>Re-encode card(s) {serials}: they still carry the old doors or dates.</source>
        <translation>Vuelva a codificar la(s) tarjeta(s) {serials}: llevan las puertas o fechas antiguas.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="25"/>
        <source>Overrides {keys}: their cards stop working once the new card is first used.</source>
        <translation>Sustituye a {keys}: sus tarjetas dejan de abrir cuando se use la nueva.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="34"/>
        <source>Checked in {names} in {rooms} ({key}).</source>
        <translation>Entrada de {names} en {rooms} ({key}).</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="35"/>
        <source>Added {names} to {key}.</source>
        <translation>{names} añadido(s) a {key}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="36"/>
        <source>Moved {key} to {rooms}.</source>
        <translation>{key} trasladada a {rooms}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="37"/>
        <source>Changed the dates of {key}.</source>
        <translation>Fechas de {key} cambiadas.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="38"/>
        <source>Checked out {key}.</source>
        <translation>Salida de {key} registrada.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/change_text.py" line="43"/>
        <source>No card had been encoded for this stay: encode cards for the new room.</source>
        <translation>No se había codificado ninguna tarjeta: codifique tarjetas para la nueva habitación.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="94"/>
        <location filename="../../frontdesk/ui/table_models.py" line="159"/>
        <location filename="../../frontdesk/ui/table_models.py" line="172"/>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="95"/>
        <location filename="../../frontdesk/ui/table_models.py" line="173"/>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="96"/>
        <location filename="../../frontdesk/ui/table_models.py" line="174"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="97"/>
        <location filename="../../frontdesk/ui/table_models.py" line="160"/>
        <location filename="../../frontdesk/ui/table_models.py" line="175"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="98"/>
        <location filename="../../frontdesk/ui/table_models.py" line="161"/>
        <location filename="../../frontdesk/ui/table_models.py" line="176"/>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="99"/>
        <location filename="../../frontdesk/ui/table_models.py" line="177"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="107"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="108"/>
        <source>overridden</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="109"/>
        <source>checked out</source>
        <translation>salida registrada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="125"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="126"/>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="127"/>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="128"/>
        <source>due out, not checked out</source>
        <translation>salida prevista, sin registrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="129"/>
        <source>override pending first use</source>
        <translation>sustitución pendiente de primer uso</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="143"/>
        <source>cards of {keys} work until the new card is first used</source>
        <translation>las tarjetas de {keys} abren hasta que se use la nueva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="147"/>
        <source>re-encode card(s) {serials}</source>
        <translation>recodificar tarjeta(s) {serials}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="149"/>
        <source>PIN: {problem}</source>
        <translation>PIN: {problem}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="156"/>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="157"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="158"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="162"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="163"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="188"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="189"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="190"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="191"/>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/table_models.py" line="192"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ActivityScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="23"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="30"/>
        <source>Show actions of kind</source>
        <translation>Mostrar acciones de tipo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="31"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="33"/>
        <source>Filter: guest, reservation, room, workstation…</source>
        <translation>Filtro: huésped, reserva, habitación, puesto…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="34"/>
        <source>Filter the activity</source>
        <translation>Filtrar la actividad</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="40"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/activity.py" line="78"/>
        <source>{n} line(s)</source>
        <translation>{n} línea(s)</translation>
    </message>
</context>
<context>
    <name>AddGuestDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="45"/>
        <source>Add guest</source>
        <translation>Añadir huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="45"/>
        <source>&amp;Add guest</source>
        <translation>&amp;Añadir huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="48"/>
        <source>Guest name</source>
        <translation>Nombre del huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="49"/>
        <source>All the stay&apos;s doors</source>
        <translation>Todas las puertas de la estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="50"/>
        <source>Only these doors:</source>
        <translation>Solo estas puertas:</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="56"/>
        <source>Doors for the new guest</source>
        <translation>Puertas para el nuevo huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="67"/>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="68"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="75"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="82"/>
        <source>No guest named.</source>
        <translation>Ningún huésped indicado.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="82"/>
        <source>Type the guest&apos;s name.</source>
        <translation>Escriba el nombre del huésped.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="91"/>
        <source>No door chosen.</source>
        <translation>Ninguna puerta elegida.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="91"/>
        <source>Tick at least one door, or choose all.</source>
        <translation>Marque al menos una puerta o elija todas.</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="57"/>
        <source>Encoded cards</source>
        <translation>Tarjetas codificadas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="60"/>
        <source>Filter by holder, card number, status…</source>
        <translation>Filtrar por titular, número de tarjeta, estado…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="61"/>
        <source>Filter the cards</source>
        <translation>Filtrar las tarjetas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="63"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="65"/>
        <source>&amp;Read a card…</source>
        <translation>&amp;Leer una tarjeta…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="66"/>
        <source>Read card (Ctrl+R)</source>
        <translation>Leer tarjeta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="68"/>
        <source>&amp;Staff card…</source>
        <translation>Tarjeta de &amp;personal…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/cards.py" line="69"/>
        <source>Staff card (Ctrl+Shift+K)</source>
        <translation>Tarjeta de personal (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>ChangeDatesDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="131"/>
        <source>Change dates</source>
        <translation>Cambiar fechas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="131"/>
        <source>C&amp;hange dates</source>
        <translation>Cambiar &amp;fechas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="135"/>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="44"/>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="44"/>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar entrada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="46"/>
        <source>One guest per line</source>
        <translation>Un huésped por línea</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="47"/>
        <source>Guest names</source>
        <translation>Nombres de los huéspedes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="50"/>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="56"/>
        <source>Common door {name}</source>
        <translation>Puerta común {name}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="66"/>
        <source>leave empty for a new key</source>
        <translation>vacío para una clave nueva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="67"/>
        <source>Reservation key</source>
        <translation>Clave de reserva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="70"/>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="75"/>
        <source>Number of cards</source>
        <translation>Número de tarjetas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="76"/>
        <source>Card&amp;s to encode</source>
        <translation>Tar&amp;jetas a codificar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="83"/>
        <source>PIN for {name}</source>
        <translation>PIN para {name}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="89"/>
        <source>&amp;PIN for keypads</source>
        <translation>&amp;PIN en teclados</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="95"/>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="98"/>
        <source>&amp;Rooms</source>
        <translation>Habi&amp;taciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="101"/>
        <source>Common doors</source>
        <translation>Puertas comunes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="103"/>
        <source>Reservation &amp;key</source>
        <translation>&amp;Clave de reserva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="131"/>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/checkin.py" line="131"/>
        <source>Type the room number under Rooms and press Enter.</source>
        <translation>Escriba el número de habitación en Habitaciones y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="149"/>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="149"/>
        <source>Check &amp;out</source>
        <translation>Registrar &amp;salida</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="151"/>
        <source>Check out this stay? Its cards and PINs stop working now.</source>
        <translation>¿Registrar la salida de esta estancia? Sus tarjetas y PIN dejan de funcionar ahora.</translation>
    </message>
</context>
<context>
    <name>CodesScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="75"/>
        <source>Keypad locks</source>
        <translation>Cerraduras con teclado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="78"/>
        <source>&amp;Locks</source>
        <translation>&amp;Cerraduras</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="85"/>
        <source>Backup pool health</source>
        <translation>Estado de los PIN de respaldo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="87"/>
        <source>PIN codes on the lock</source>
        <translation>Códigos PIN de la cerradura</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="90"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="92"/>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="93"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="94"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="95"/>
        <source>Errors and warnings</source>
        <translation>Errores y avisos</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="104"/>
        <source>Re&amp;fresh codes</source>
        <translation>&amp;Actualizar códigos</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="131"/>
        <source>Lock {device} at {space}</source>
        <translation>Cerradura {device} en {space}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="168"/>
        <source>{lock}: {n} guest code(s)</source>
        <translation>{lock}: {n} código(s) de huéspedes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="177"/>
        <source>•••• (backup pool)</source>
        <translation>•••• (PIN de respaldo)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="177"/>
        <source>(coming)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/codes.py" line="180"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
</context>
<context>
    <name>EncodeCardsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="115"/>
        <source>Encode cards</source>
        <translation>Codificar tarjetas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="128"/>
        <source>What to do with the card</source>
        <translation>Qué hacer con la tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="134"/>
        <source>Cards to encode</source>
        <translation>Tarjetas a codificar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="135"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="135"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="135"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="143"/>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="147"/>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="155"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="159"/>
        <source>&amp;Next card now</source>
        <translation>&amp;Siguiente tarjeta ya</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="161"/>
        <source>Go on without waiting for the card to be taken off</source>
        <translation>Seguir sin esperar a que se retire la tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="165"/>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="195"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="215"/>
        <source>Take card {n} off the reader.</source>
        <translation>Retire la tarjeta {n} del lector.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="223"/>
        <source>Place card {n} of {total} on the reader — for {holder}.</source>
        <translation>Coloque la tarjeta {n} de {total} en el lector — para {holder}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="227"/>
        <source>waiting for the card…</source>
        <translation>esperando la tarjeta…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="234"/>
        <source>not issued: {title}</source>
        <translation>no emitida: {title}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="236"/>
        <source>Card {n} of {total} was not issued.</source>
        <translation>La tarjeta {n} de {total} no se ha emitido.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="237"/>
        <source>&amp;Retry card {n}</source>
        <translation>&amp;Reintentar la tarjeta {n}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="241"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="248"/>
        <source>✓ encoded, card {serial}</source>
        <translation>✓ codificada, tarjeta {serial}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="254"/>
        <source>All {total} card(s) are encoded. Take the last card off the reader.</source>
        <translation>Tarjetas codificadas: {total} de {total}. Retire la última tarjeta del lector.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="256"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="263"/>
        <source>Card {n} was taken off while it was written: put the same card back on the reader.</source>
        <translation>La tarjeta {n} se retiró mientras se escribía: vuelva a colocar la misma tarjeta en el lector.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="35"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="36"/>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="39"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="41"/>
        <source>Group check-in</source>
        <translation>Entrada de grupo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="41"/>
        <source>&amp;Check in all</source>
        <translation>&amp;Registrar todas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="43"/>
        <source>Rooms of the group</source>
        <translation>Habitaciones del grupo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="46"/>
        <source>Guests per room</source>
        <translation>Huéspedes por habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="47"/>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="47"/>
        <source>Guests (comma between names)</source>
        <translation>Huéspedes (nombres separados por comas)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="72"/>
        <source>&amp;Rooms</source>
        <translation>Habi&amp;taciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="75"/>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="78"/>
        <source>Common doors</source>
        <translation>Puertas comunes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="83"/>
        <source>Cards per room</source>
        <translation>Tarjetas por habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="84"/>
        <source>Card&amp;s per room</source>
        <translation>Tar&amp;jetas por habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="111"/>
        <source>✓ {key}</source>
        <translation>✓ {key}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="120"/>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="120"/>
        <source>Type each room&apos;s number under Rooms, Enter after each.</source>
        <translation>Escriba el número de cada habitación en Habitaciones, Intro tras cada una.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="129"/>
        <source>No guest named for {room}.</source>
        <translation>Ningún huésped para {room}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="130"/>
        <source>Type at least one name in the Guests column, or untick the room.</source>
        <translation>Escriba al menos un nombre en la columna Huéspedes o desmarque la habitación.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="139"/>
        <source>checking in…</source>
        <translation>registrando…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="143"/>
        <source>failed: {title}</source>
        <translation>falló: {title}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/group_checkin.py" line="144"/>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>LockoutScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="73"/>
        <source>Guest name, room or reservation key</source>
        <translation>Nombre, habitación o clave de reserva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="74"/>
        <source>Find the guest who is locked out</source>
        <translation>Buscar al huésped que no puede entrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="76"/>
        <source>G&amp;uest</source>
        <translation>&amp;Huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="78"/>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="80"/>
        <source>Type the guest&apos;s name or room and press Enter.</source>
        <translation>Escriba el nombre o la habitación del huésped y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="85"/>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="126"/>
        <source>PIN codes</source>
        <translation>Códigos PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="85"/>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="85"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="85"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="85"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="87"/>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="127"/>
        <source>Key cards</source>
        <translation>Tarjetas llave</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="87"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="87"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="87"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="91"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="93"/>
        <source>Pull a &amp;backup PIN</source>
        <translation>&amp;Dar un PIN de respaldo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="95"/>
        <source>Pull a backup PIN for the selected code</source>
        <translation>Dar un PIN de respaldo en lugar del código seleccionado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="100"/>
        <source>Backup PIN</source>
        <translation>PIN de respaldo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="111"/>
        <source>Message to the guest</source>
        <translation>Mensaje para el huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="113"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="116"/>
        <source>PIN &amp;slip…</source>
        <translation>Hoja de &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="117"/>
        <source>Print or save the PIN slip</source>
        <translation>Imprimir o guardar la hoja de PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="145"/>
        <source>Message to the guest:</source>
        <translation>Mensaje para el huésped:</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="196"/>
        <source>Nobody to look up.</source>
        <translation>No hay nadie que buscar.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="196"/>
        <source>Type the guest&apos;s name or room.</source>
        <translation>Escriba el nombre o la habitación del huésped.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="224"/>
        <source>no guest</source>
        <translation>sin huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="227"/>
        <source>{guests} · stay {key} {status}</source>
        <translation>{guests} · estancia {key} {status}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="234"/>
        <source> (backup)</source>
        <translation> (respaldo)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="235"/>
        <source> — replaced by a backup</source>
        <translation> — sustituido por un PIN de respaldo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="236"/>
        <source> · waiting to sync</source>
        <translation> · pendiente de sincronizar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="239"/>
        <source>(coming)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="294"/>
        <source>No PIN code to replace.</source>
        <translation>No hay ningún código PIN que sustituir.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="295"/>
        <source>This guest has no PIN on a keypad door; look the guest up first.</source>
        <translation>Este huésped no tiene PIN en ninguna puerta con teclado; búsquelo primero.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="317"/>
        <source>Backup PIN for {door}, copied to the clipboard. {state}</source>
        <translation>PIN de respaldo para {door}, copiado al portapapeles. {state}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/lockout.py" line="330"/>
        <source> Message copied.</source>
        <translation> Mensaje copiado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="60"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="87"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="88"/>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="89"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="90"/>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="91"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="92"/>
        <source>Lockout</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="93"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="104"/>
        <location filename="../../frontdesk/ui/main_window.py" line="228"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="123"/>
        <source>&amp;Desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="123"/>
        <source>S&amp;tay</source>
        <translation>&amp;Estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="124"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="126"/>
        <source>Check &amp;in…</source>
        <translation>Registrar &amp;entrada…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="128"/>
        <source>&amp;Group check-in…</source>
        <translation>Entrada de &amp;grupo…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="130"/>
        <source>&amp;Find a stay…</source>
        <translation>&amp;Buscar estancia…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="131"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="134"/>
        <source>&amp;Keys</source>
        <translation>Lla&amp;ves</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="136"/>
        <source>&amp;Lockout…</source>
        <translation>&amp;Sin acceso…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="139"/>
        <source>&amp;Read card…</source>
        <translation>&amp;Leer tarjeta…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="142"/>
        <source>&amp;Staff card…</source>
        <translation>Tarjeta de &amp;personal…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="145"/>
        <source>&amp;Encode cards for the stay…</source>
        <translation>&amp;Codificar tarjetas de la estancia…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="153"/>
        <source>&amp;Open stay…</source>
        <translation>Abrir &amp;estancia…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="154"/>
        <source>&amp;Add guest…</source>
        <translation>&amp;Añadir huésped…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="155"/>
        <source>&amp;Move room…</source>
        <translation>Ca&amp;mbiar habitación…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="156"/>
        <source>Change &amp;dates…</source>
        <translation>Cambiar &amp;fechas…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="157"/>
        <source>Check &amp;out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="162"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="224"/>
        <source>{stays} in house · {occupied} of {total} spaces occupied · {station}</source>
        <translation>{stays} en el hotel · {occupied} de {total} espacios ocupados · {station}</translation>
    </message>
</context>
<context>
    <name>MoveRoomDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="101"/>
        <source>Move room</source>
        <translation>Cambiar habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="101"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="104"/>
        <source>New room</source>
        <translation>Nueva habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="106"/>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="107"/>
        <source>&amp;New room</source>
        <translation>&amp;Nueva habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="110"/>
        <source>Cards already encoded for this stay will have to be encoded again.</source>
        <translation>Las tarjetas ya codificadas para esta estancia deberán codificarse de nuevo.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="121"/>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_changes.py" line="121"/>
        <source>Type the new room&apos;s number and press Enter.</source>
        <translation>Escriba el número de la nueva habitación y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="65"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="66"/>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/error_banner.py" line="72"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>PinSlipDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="175"/>
        <source>PIN slip for {guest}</source>
        <translation>Hoja de PIN de {guest}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="180"/>
        <source>Slip preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="188"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="190"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="193"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="210"/>
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="215"/>
        <source>Save the PIN slip</source>
        <translation>Guardar la hoja de PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/pin_slip.py" line="232"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReadCardDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="76"/>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="77"/>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="80"/>
        <source>Read card</source>
        <translation>Leer tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="84"/>
        <source>What to do with the card</source>
        <translation>Qué hacer con la tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="87"/>
        <source>The card</source>
        <translation>La tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="89"/>
        <source>Doors and what each would do</source>
        <translation>Puertas y qué haría cada una</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="90"/>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="90"/>
        <source>Opens now?</source>
        <translation>¿Abre ahora?</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="90"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="100"/>
        <source>&amp;Read another</source>
        <translation>&amp;Leer otra</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="104"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="128"/>
        <source>Place the card on the reader.</source>
        <translation>Coloque la tarjeta en el lector.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="139"/>
        <source>No card was read.</source>
        <translation>No se ha leído ninguna tarjeta.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="147"/>
        <source>Card {uid} read; you may take it off the reader.</source>
        <translation>Tarjeta {uid} leída; ya puede retirarla del lector.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="157"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/read_card.py" line="157"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="138"/>
        <source>Type a room number, Enter to tick it</source>
        <translation>Escriba un número de habitación, Intro para marcarla</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="139"/>
        <source>{name}: find a room</source>
        <translation>{name}: buscar habitación</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="205"/>
        <source>Chosen: {rooms}</source>
        <translation>Elegidas: {rooms}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="206"/>
        <source>No room chosen yet.</source>
        <translation>Aún no hay habitación elegida.</translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="55"/>
        <source>Room rack</source>
        <translation>Estado de habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="65"/>
        <source>Filter: room, guest, reservation…</source>
        <translation>Filtro: habitación, huésped, reserva…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="66"/>
        <source>Filter rooms</source>
        <translation>Filtrar habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="69"/>
        <source>Show rooms in state</source>
        <translation>Mostrar habitaciones en estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="71"/>
        <source>All rooms</source>
        <translation>Todas las habitaciones</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="72"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="73"/>
        <source>Occupied</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="74"/>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="75"/>
        <source>Due out, not checked out</source>
        <translation>Salida prevista, sin registrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="76"/>
        <source>Override pending first use</source>
        <translation>Sustitución pendiente de primer uso</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="77"/>
        <source>Needs attention (cards, PINs)</source>
        <translation>Requiere atención (tarjetas, PIN)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="85"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="96"/>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="97"/>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="98"/>
        <source>due out</source>
        <translation>salida prevista</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="99"/>
        <source>override pending first use</source>
        <translation>sustitución pendiente de primer uso</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="100"/>
        <source>cards to re-encode or PIN problem</source>
        <translation>tarjetas a recodificar o problema de PIN</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/rooms.py" line="124"/>
        <source>{shown} shown · {free} of {total} free</source>
        <translation>{shown} mostradas · {free} de {total} libres</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="41"/>
        <source>Find a stay</source>
        <translation>Buscar estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="43"/>
        <source>Guest name, room or reservation key</source>
        <translation>Nombre, habitación o clave de reserva</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="44"/>
        <source>Search for a stay</source>
        <translation>Buscar una estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="47"/>
        <source>Search results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="88"/>
        <source>{n} stay(s). Enter opens the highlighted one.</source>
        <translation>{n} estancia(s). Intro abre la resaltada.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/search.py" line="90"/>
        <source>No stay matches.</source>
        <translation>Ninguna estancia coincide.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="63"/>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="70"/>
        <location filename="../../frontdesk/ui/screens/settings.py" line="182"/>
        <source>Property</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="71"/>
        <location filename="../../frontdesk/ui/screens/settings.py" line="216"/>
        <source>Spaces and doors</source>
        <translation>Espacios y puertas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="72"/>
        <source>Card encoder</source>
        <translation>Codificador de tarjetas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="73"/>
        <source>Lock provider</source>
        <translation>Proveedor de cerraduras</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="74"/>
        <location filename="../../frontdesk/ui/screens/settings.py" line="129"/>
        <source>Keypad time slots</source>
        <translation>Franjas horarias de teclados</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="88"/>
        <source>Card encoder driver</source>
        <translation>Controlador del codificador</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="89"/>
        <source>&amp;Use this encoder</source>
        <translation>&amp;Usar este codificador</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="91"/>
        <source>&amp;Encoder</source>
        <translation>&amp;Codificador</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="94"/>
        <source>The encoder is this workstation&apos;s own reader; each desk chooses its own.</source>
        <translation>El codificador es el lector de este puesto; cada recepción elige el suyo.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="102"/>
        <source>Lock provider driver</source>
        <translation>Controlador del proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="105"/>
        <source>Provider endpoint</source>
        <translation>Dirección del proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="109"/>
        <source>stored in the OS keyring; leave empty to keep the current key</source>
        <translation>se guarda en el llavero del sistema; vacío para conservar la actual</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="111"/>
        <source>Provider API key</source>
        <translation>Clave API del proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="113"/>
        <source>&amp;Save provider</source>
        <translation>&amp;Guardar proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="116"/>
        <source>&amp;Driver</source>
        <translation>&amp;Controlador</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="117"/>
        <source>End&amp;point</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="118"/>
        <source>API &amp;key</source>
        <translation>Clave &amp;API</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="126"/>
        <source>&amp;Ask the provider again</source>
        <translation>&amp;Preguntar de nuevo al proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="129"/>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="129"/>
        <source>Time slots</source>
        <translation>Franjas horarias</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="132"/>
        <source>Offline keypads accept codes only for the time slots set on the lock.</source>
        <translation>Los teclados sin conexión solo aceptan códigos para las franjas configuradas en la cerradura.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="163"/>
        <location filename="../../frontdesk/ui/screens/settings.py" line="267"/>
        <source>In use: {driver} (from {source})</source>
        <translation>En uso: {driver} (según {source})</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="172"/>
        <source>{name} (unavailable: {why})</source>
        <translation>{name} (no disponible: {why})</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="183"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="184"/>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="186"/>
        <source>The property and its doors are set up with &apos;frontdesk setup&apos;.</source>
        <translation>El establecimiento y sus puertas se configuran con &apos;frontdesk setup&apos;.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="193"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="194"/>
        <source>online PIN</source>
        <translation>PIN en línea</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="195"/>
        <source>offline PIN</source>
        <translation>PIN sin conexión</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="201"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="201"/>
        <source>no (common door)</source>
        <translation>no (puerta común)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="209"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="210"/>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="211"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="212"/>
        <source>Takes</source>
        <translation>Admite</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="213"/>
        <source>Device at provider</source>
        <translation>Dispositivo en el proveedor</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="233"/>
        <source>none known yet</source>
        <translation>ninguna conocida aún</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="237"/>
        <source>No offline keypad known yet.</source>
        <translation>Aún no se conoce ningún teclado sin conexión.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="249"/>
        <source>This desk now encodes with {name}.</source>
        <translation>Este puesto codifica ahora con {name}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/settings.py" line="265"/>
        <source>Lock provider saved: {driver}.</source>
        <translation>Proveedor guardado: {driver}.</translation>
    </message>
</context>
<context>
    <name>StaffCardDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="44"/>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="44"/>
        <source>&amp;Make the card</source>
        <translation>&amp;Crear la tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="46"/>
        <source>Staff member&apos;s name</source>
        <translation>Nombre del empleado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="50"/>
        <source>{name} ({n} doors)</source>
        <translation>{name} ({n} puertas)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="52"/>
        <source>Door group {name}</source>
        <translation>Grupo de puertas {name}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="58"/>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="62"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="66"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="69"/>
        <source>Door &amp;groups</source>
        <translation>&amp;Grupos de puertas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="73"/>
        <source>Valid &amp;from</source>
        <translation>Válida &amp;desde</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="76"/>
        <source>Valid &amp;until</source>
        <translation>Válida &amp;hasta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="94"/>
        <source>No name given.</source>
        <translation>No se ha indicado ningún nombre.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="94"/>
        <source>Type the staff member&apos;s name.</source>
        <translation>Escriba el nombre del empleado.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="96"/>
        <source>No door group chosen.</source>
        <translation>Ningún grupo de puertas elegido.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="96"/>
        <source>Tick at least one door group.</source>
        <translation>Marque al menos un grupo de puertas.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="99"/>
        <source>The card would end before it starts.</source>
        <translation>La tarjeta terminaría antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/staff_card.py" line="99"/>
        <source>Set Valid until after Valid from.</source>
        <translation>Ponga «Válida hasta» después de «Válida desde».</translation>
    </message>
</context>
<context>
    <name>StayDates</name>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="45"/>
        <source>Arrival date</source>
        <translation>Fecha de llegada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="47"/>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="50"/>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="51"/>
        <source> night(s)</source>
        <translation> noche(s)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="55"/>
        <source>Departure date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="57"/>
        <source>Departure time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="72"/>
        <source>&amp;Arrival</source>
        <translation>&amp;Llegada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/forms.py" line="74"/>
        <source>D&amp;eparture</source>
        <translation>&amp;Salida</translation>
    </message>
</context>
<context>
    <name>StayDetailsDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="37"/>
        <source>Stay {key}</source>
        <translation>Estancia {key}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="39"/>
        <source>Guests of the stay</source>
        <translation>Huéspedes de la estancia</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="41"/>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="41"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="41"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="41"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="60"/>
        <source>&amp;Add guest…</source>
        <translation>&amp;Añadir huésped…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="61"/>
        <source>&amp;Move room…</source>
        <translation>Ca&amp;mbiar habitación…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="62"/>
        <source>C&amp;hange dates…</source>
        <translation>Cambiar &amp;fechas…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="63"/>
        <source>Check &amp;out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="64"/>
        <source>&amp;Encode cards…</source>
        <translation>&amp;Codificar tarjetas…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="65"/>
        <source>&amp;Lockout…</source>
        <translation>S&amp;in acceso…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="76"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/stay_details.py" line="81"/>
        <source>Overridden by {key}: these cards stop once the new card is first used.</source>
        <translation>Sustituida por {key}: estas tarjetas dejan de abrir cuando se use la nueva.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../frontdesk/ui/sync_status.py" line="71"/>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/sync_status.py" line="72"/>
        <source>Sync: not run yet</source>
        <translation>Sincronización: aún no ejecutada</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/sync_status.py" line="96"/>
        <source>Sync state unknown: {title}</source>
        <translation>Estado de sincronización desconocido: {title}</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/sync_status.py" line="126"/>
        <source>Offline · last failure: {title}</source>
        <translation>Sin conexión · último fallo: {title}</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="21"/>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="22"/>
        <source>In house</source>
        <translation>En el hotel</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="23"/>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="30"/>
        <source>&amp;Arrivals</source>
        <translation>&amp;Llegadas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="31"/>
        <source>&amp;In house</source>
        <translation>En el &amp;hotel</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="32"/>
        <source>De&amp;partures</source>
        <translation>&amp;Salidas</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/screens/today.py" line="48"/>
        <source>{name} · {day} · {zone} · F3 finds a stay, Ctrl+N checks in</source>
        <translation>{name} · {day} · {zone} · F3 busca una estancia, Ctrl+N registra una entrada</translation>
    </message>
</context>
<context>
    <name>VirtualHandBar</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="64"/>
        <source>Virtual card type</source>
        <translation>Tipo de tarjeta virtual</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="65"/>
        <source>Place a &amp;virtual card</source>
        <translation>Poner una tarjeta &amp;virtual</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="66"/>
        <source>Place a virtual card on the reader</source>
        <translation>Poner una tarjeta virtual en el lector</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="69"/>
        <source>&amp;Take the card off</source>
        <translation>&amp;Quitar la tarjeta</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="70"/>
        <source>Take the virtual card off the reader</source>
        <translation>Quitar la tarjeta virtual del lector</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/dialogs/encode_cards.py" line="75"/>
        <source>Simulated encoder:</source>
        <translation>Codificador simulado:</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <location filename="../../frontdesk/ui/dialogs/base.py" line="42"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="96"/>
        <source>Checked in {n} room(s): {keys}.</source>
        <translation>Entrada registrada en {n} habitación(es): {keys}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="123"/>
        <source>Check the guest in again.</source>
        <translation>Vuelva a registrar la entrada del huésped.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="156"/>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="156"/>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="167"/>
        <source>Encoded {n} card(s): {serials}.</source>
        <translation>{n} tarjeta(s) codificada(s): {serials}.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="170"/>
        <source>Encoded {done} of {total} card(s).</source>
        <translation>Codificadas {done} de {total} tarjeta(s).</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="171"/>
        <source>{left} card(s) were not encoded: open the stay and choose Encode cards.</source>
        <translation>{left} tarjeta(s) sin codificar: abra la estancia y elija Codificar tarjetas.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="191"/>
        <source>No stay selected.</source>
        <translation>Ninguna estancia seleccionada.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="192"/>
        <source>Pick a stay in a list, or press F3 to find one by name, room or key.</source>
        <translation>Elija una estancia en una lista o pulse F3 para buscarla por nombre, habitación o clave.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="123"/>
        <location filename="../../frontdesk/ui/workflows.py" line="224"/>
        <source>This stay is checked out.</source>
        <translation>Esta estancia ya tiene la salida registrada.</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/workflows.py" line="224"/>
        <source>Check the guest in as a new stay.</source>
        <translation>Registre al huésped como una estancia nueva.</translation>
    </message>
</context>
</TS>
