<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>services</name>
        <message>
            <source>Card reader not found.</source>
            <translation>No se encuentra el lector de tarjetas.</translation>
        </message>
        <message>
            <source>Run: frontdesk provider set --endpoint URL --api-key-stdin</source>
            <translation>Ejecute: frontdesk provider set --endpoint URL --api-key-stdin</translation>
        </message>
        <message>
            <source>No API key for the lock provider is stored.</source>
            <translation>No hay guardada ninguna clave API del proveedor de cerraduras.</translation>
        </message>
        <message>
            <source>The keyring library is not installed.</source>
            <translation>La biblioteca keyring no está instalada.</translation>
        </message>
        <message>
            <source>No secure keyring is available for the provider's API key.</source>
            <translation>No hay un llavero seguro para la clave API del proveedor.</translation>
        </message>
        <message>
            <source>Unlock or start the desktop keyring ({backend}), then try again.</source>
            <translation>Desbloquee o inicie el llavero del escritorio ({backend}) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The lock provider could not apply the change.</source>
            <translation>El proveedor de cerraduras no pudo aplicar el cambio.</translation>
        </message>
        <message>
            <source>No code of this linked group could be found at the provider; nothing was updated.</source>
            <translation>No se encontró en el proveedor ningún código de este grupo vinculado; no se actualizó nada.</translation>
        </message>
        <message>
            <source>Update the group's codes one by one, or re-create them.</source>
            <translation>Actualice los códigos del grupo uno a uno, o vuelva a crearlos.</translation>
        </message>
        <message>
            <source>Access: granted</source>
            <translation>Acceso: concedido</translation>
        </message>
        <message>
            <source>Access: times changed</source>
            <translation>Acceso: horario cambiado</translation>
        </message>
        <message>
            <source>Access: ended</source>
            <translation>Acceso: terminado</translation>
        </message>
        <message>
            <source>Reservation: established</source>
            <translation>Reserva: establecida</translation>
        </message>
        <message>
            <source>Reservation: overridden</source>
            <translation>Reserva: sustituida</translation>
        </message>
        <message>
            <source>Stay: checked in</source>
            <translation>Estancia: check-in</translation>
        </message>
        <message>
            <source>Stay: guest added</source>
            <translation>Estancia: huésped añadido</translation>
        </message>
        <message>
            <source>Stay: room moved</source>
            <translation>Estancia: cambio de habitación</translation>
        </message>
        <message>
            <source>Stay: dates changed</source>
            <translation>Estancia: fechas cambiadas</translation>
        </message>
        <message>
            <source>Stay: checked out</source>
            <translation>Estancia: check-out</translation>
        </message>
        <message>
            <source>Card: to be encoded again</source>
            <translation>Tarjeta: por codificar de nuevo</translation>
        </message>
        <message>
            <source>Property: created</source>
            <translation>Propiedad: creada</translation>
        </message>
        <message>
            <source>Property: settings changed</source>
            <translation>Propiedad: ajustes cambiados</translation>
        </message>
        <message>
            <source>Door: added</source>
            <translation>Puerta: añadida</translation>
        </message>
        <message>
            <source>Door: changed</source>
            <translation>Puerta: cambiada</translation>
        </message>
        <message>
            <source>Lock provider: set</source>
            <translation>Proveedor de cerraduras: configurado</translation>
        </message>
        <message>
            <source>Sync: ran</source>
            <translation>Sincronización: ejecutada</translation>
        </message>
        <message>
            <source>Room: out of order</source>
            <translation>Habitación: fuera de servicio</translation>
        </message>
        <message>
            <source>Operator: created</source>
            <translation>Operador: creado</translation>
        </message>
        <message>
            <source>Operator: disabled</source>
            <translation>Operador: desactivado</translation>
        </message>
        <message>
            <source>Operator: script token issued</source>
            <translation>Operador: token de script emitido</translation>
        </message>
        <message>
            <source>Change: forced</source>
            <translation>Cambio: forzado</translation>
        </message>
        <message>
            <source>Room: back in order</source>
            <translation>Habitación: de nuevo en servicio</translation>
        </message>
        <message>
            <source>Card: write started</source>
            <translation>Tarjeta: escritura iniciada</translation>
        </message>
        <message>
            <source>Card: unconfirmed</source>
            <translation>Tarjeta: sin confirmar</translation>
        </message>
        <message>
            <source>Card: revoked</source>
            <translation>Tarjeta: revocada</translation>
        </message>
        <message>
            <source>Card: revocations left off</source>
            <translation>Tarjeta: revocaciones omitidas</translation>
        </message>
        <message>
            <source>Card: encoded</source>
            <translation>Tarjeta: codificada</translation>
        </message>
        <message>
            <source>Card: encoding failed</source>
            <translation>Tarjeta: codificación fallida</translation>
        </message>
        <message>
            <source>Card: overwritten</source>
            <translation>Tarjeta: sobrescrita</translation>
        </message>
        <message>
            <source>Card: read</source>
            <translation>Tarjeta: leída</translation>
        </message>
        <message>
            <source>Card: cancelled</source>
            <translation>Tarjeta: anulada</translation>
        </message>
        <message>
            <source>Card key: created</source>
            <translation>Clave de tarjetas: creada</translation>
        </message>
        <message>
            <source>Card key: made current</source>
            <translation>Clave de tarjetas: hecha vigente</translation>
        </message>
        <message>
            <source>Door: card presented</source>
            <translation>Puerta: tarjeta presentada</translation>
        </message>
        <message>
            <source>Card: lock card encoded</source>
            <translation>Tarjeta: tarjeta de cerradura codificada</translation>
        </message>
        <message>
            <source>Card: collected</source>
            <translation>Tarjeta: recogida</translation>
        </message>
        <message>
            <source>PIN: requested</source>
            <translation>PIN: solicitado</translation>
        </message>
        <message>
            <source>PIN: change requested</source>
            <translation>PIN: cambio solicitado</translation>
        </message>
        <message>
            <source>PIN: removal requested</source>
            <translation>PIN: retirada solicitada</translation>
        </message>
        <message>
            <source>PIN: backup code used</source>
            <translation>PIN: código de reserva usado</translation>
        </message>
        <message>
            <source>PIN: offline code left valid</source>
            <translation>PIN: código sin conexión dejado válido</translation>
        </message>
        <message>
            <source>PIN key: exported</source>
            <translation>Clave de PIN: exportada</translation>
        </message>
        <message>
            <source>PIN key: imported</source>
            <translation>Clave de PIN: importada</translation>
        </message>
        <message>
            <source>Lock: replaced</source>
            <translation>Cerradura: sustituida</translation>
        </message>
        <message>
            <source>Sync: alert dismissed</source>
            <translation>Sincronización: alerta descartada</translation>
        </message>
        <message>
            <source>Permission: refused</source>
            <translation>Permiso: denegado</translation>
        </message>
        <message>
            <source>Operator: sign-in failed</source>
            <translation>Operador: inicio de sesión fallido</translation>
        </message>
        <message>
            <source>Operator: sign-in locked</source>
            <translation>Operador: inicio de sesión bloqueado</translation>
        </message>
        <message>
            <source>{some} and {last}</source>
            <translation>{some} y {last}</translation>
        </message>
        <message>
            <source>{sentence} ({workstation})</source>
            <translation>{sentence} ({workstation})</translation>
        </message>
        <message>
            <source>no door</source>
            <translation>ninguna puerta</translation>
        </message>
        <message numerus="yes">
            <source>{guests} checked in to {rooms}</source>
            <comment>{guests} checked in to {rooms}</comment>
            <translation>
                <numerusform>{guests} hizo el check-in en {rooms}</numerusform>
                <numerusform>{guests} hicieron el check-in en {rooms}</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was given {kind} access to {rooms}</source>
            <translation>{name} recibió acceso de {kind} a {rooms}</translation>
        </message>
        <message>
            <source>{name} was added to a stay</source>
            <translation>{name} se añadió a una estancia</translation>
        </message>
        <message>
            <source>A stay moved from {old} to {new}</source>
            <translation>Una estancia se movió de {old} a {new}</translation>
        </message>
        <message>
            <source>A stay's dates changed to {starts} - {ends}</source>
            <translation>Las fechas de una estancia cambiaron a {starts} - {ends}</translation>
        </message>
        <message>
            <source>A stay was checked out</source>
            <translation>Una estancia hizo el check-out</translation>
        </message>
        <message>
            <source>{rooms} taken for a stay (override number {sequence})</source>
            <translation>{rooms} ocupada para una estancia (número de sustitución {sequence})</translation>
        </message>
        <message>
            <source>An earlier stay in {rooms} was overridden by a new one</source>
            <translation>Una estancia anterior en {rooms} fue sustituida por una nueva</translation>
        </message>
        <message>
            <source>An access ended ({reason})</source>
            <translation>Un acceso terminó ({reason})</translation>
        </message>
        <message>
            <source>An access's times changed</source>
            <translation>Cambiaron las horas de un acceso</translation>
        </message>
        <message>
            <source>Card {serial} must be encoded again ({reason})</source>
            <translation>La tarjeta {serial} debe codificarse de nuevo ({reason})</translation>
        </message>
        <message>
            <source>Card {serial} was encoded for {rooms}</source>
            <translation>La tarjeta {serial} se codificó para {rooms}</translation>
        </message>
        <message>
            <source>{name} became an operator ({role})</source>
            <translation>{name} pasó a ser operador ({role})</translation>
        </message>
        <message>
            <source>{name} can no longer sign in</source>
            <translation>{name} ya no puede iniciar sesión</translation>
        </message>
        <message>
            <source>A script token was issued to act as {name}</source>
            <translation>Se emitió un token de script para actuar como {name}</translation>
        </message>
        <message>
            <source>{name} forced a change past its second look ({reason})</source>
            <translation>{name} forzó un cambio sin segunda revisión ({reason})</translation>
        </message>
        <message>
            <source>{room} was set out of order until {until} ({reason})</source>
            <translation>{room} se puso fuera de servicio hasta {until} ({reason})</translation>
        </message>
        <message>
            <source>{room} is back in order</source>
            <translation>{room} vuelve a estar en servicio</translation>
        </message>
        <message>
            <source>Card {serial} is being written</source>
            <translation>Se está escribiendo la tarjeta {serial}</translation>
        </message>
        <message>
            <source>Card {serial} may be on a chip without being confirmed, so it was revoked ({reason})</source>
            <translation>La tarjeta {serial} puede estar en un chip sin haberse confirmado, así que se revocó ({reason})</translation>
        </message>
        <message>
            <source>Card {serial} was revoked ({reason})</source>
            <translation>La tarjeta {serial} se revocó ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>A new card could not carry {n} revocation of its doors</source>
            <comment>A new card could not carry {n} revocations of its doors</comment>
            <translation>
                <numerusform>Una tarjeta nueva no pudo llevar {n} revocación de sus puertas</numerusform>
                <numerusform>Una tarjeta nueva no pudo llevar {n} revocaciones de sus puertas</numerusform>
            </translation>
        </message>
        <message>
            <source>Card {serial} could not be encoded ({reason})</source>
            <translation>La tarjeta {serial} no se pudo codificar ({reason})</translation>
        </message>
        <message>
            <source>Card {serial} was overwritten by card {by}</source>
            <translation>La tarjeta {serial} fue sobrescrita por la tarjeta {by}</translation>
        </message>
        <message>
            <source>A card was read: not valid ({reason})</source>
            <translation>Se leyó una tarjeta: no válida ({reason})</translation>
        </message>
        <message>
            <source>Card {serial} was cancelled</source>
            <translation>La tarjeta {serial} se canceló</translation>
        </message>
        <message>
            <source>A room-unblocking card (card {serial}) was made for {rooms} until {until} ({reason})</source>
            <translation>Se hizo una tarjeta de desbloqueo de habitación (tarjeta {serial}) para {rooms} hasta {until} ({reason})</translation>
        </message>
        <message>
            <source>Card {serial} was collected at check-out</source>
            <translation>La tarjeta {serial} se recogió en el check-out</translation>
        </message>
        <message>
            <source>Card key version {version} was created</source>
            <translation>Se creó la versión {version} de la clave de tarjetas</translation>
        </message>
        <message>
            <source>Card key version {version} is now current</source>
            <translation>La versión {version} de la clave de tarjetas es ahora la actual</translation>
        </message>
        <message>
            <source>A card was presented at {door}: it stayed shut ({reason})</source>
            <translation>Se presentó una tarjeta en {door}: siguió cerrada ({reason})</translation>
        </message>
        <message>
            <source>A PIN was requested for lock {lock}</source>
            <translation>Se pidió un PIN para la cerradura {lock}</translation>
        </message>
        <message>
            <source>A PIN's times on lock {lock} are to change</source>
            <translation>Las horas de un PIN de la cerradura {lock} van a cambiar</translation>
        </message>
        <message>
            <source>A PIN on lock {lock} is to be removed ({reason})</source>
            <translation>Se va a quitar un PIN de la cerradura {lock} ({reason})</translation>
        </message>
        <message>
            <source>A backup PIN on lock {lock} replaced a failed one</source>
            <translation>Un PIN de reserva de la cerradura {lock} sustituyó a uno que falló</translation>
        </message>
        <message>
            <source>An offline PIN on lock {lock} stays valid until its end ({reason})</source>
            <translation>Un PIN sin conexión de la cerradura {lock} sigue siendo válido hasta su fin ({reason})</translation>
        </message>
        <message>
            <source>The PIN key was exported to a file, encrypted under a passphrase</source>
            <translation>La clave de los PIN se exportó a un archivo, cifrada con una frase de paso</translation>
        </message>
        <message>
            <source>The PIN key was imported from a file into this workstation's keyring</source>
            <translation>La clave de los PIN se importó de un archivo al llavero de este puesto</translation>
        </message>
        <message>
            <source>Sync alert {alert} ({kind}) was dismissed; what it is about is still retried</source>
            <translation>Se descartó el aviso de sincronización {alert} ({kind}); lo que lo causó se sigue reintentando</translation>
        </message>
        <message numerus="yes">
            <source>Lock {old} was replaced by {new}: {n} code moved</source>
            <comment>Lock {old} was replaced by {new}: {n} codes moved</comment>
            <translation>
                <numerusform>La cerradura {old} se sustituyó por {new}: {n} código trasladado</numerusform>
                <numerusform>La cerradura {old} se sustituyó por {new}: {n} códigos trasladados</numerusform>
            </translation>
        </message>
        <message>
            <source>{moved}, {ended} ended at the desk</source>
            <translation>{moved}, {ended} terminados en recepción</translation>
        </message>
        <message>
            <source>The property {name} was created</source>
            <translation>Se creó la propiedad {name}</translation>
        </message>
        <message>
            <source>The property's {changes} changed</source>
            <translation>Cambió en la propiedad: {changes}</translation>
        </message>
        <message>
            <source>The door {name} was added</source>
            <translation>Se añadió la puerta {name}</translation>
        </message>
        <message>
            <source>The door {door} changed ({changes})</source>
            <translation>La puerta {door} cambió ({changes})</translation>
        </message>
        <message>
            <source>The lock provider was set to {driver} at {endpoint}</source>
            <translation>El proveedor de cerraduras se configuró como {driver} en {endpoint}</translation>
        </message>
        <message>
            <source>The lock provider was synchronised: {sent} sent, {failed} failed</source>
            <translation>Se sincronizó el proveedor de cerraduras: {sent} enviados, {failed} fallidos</translation>
        </message>
        <message>
            <source>{sentence} by {operator} ({workstation})</source>
            <translation>{sentence}, por {operator} ({workstation})</translation>
        </message>
        <message>
            <source>A guest</source>
            <translation>Un huésped</translation>
        </message>
        <message>
            <source>Card {serial} was encoded for {rooms} as a copy of card {original}</source>
            <translation>La tarjeta {serial} se codificó para {rooms} como copia de la tarjeta {original}</translation>
        </message>
        <message>
            <source>Card {serial} for {holder} was encoded for {rooms}</source>
            <translation>La tarjeta {serial} de {holder} se codificó para {rooms}</translation>
        </message>
        <message>
            <source>Card {serial} for {holder} is being written</source>
            <translation>Se está escribiendo la tarjeta {serial} de {holder}</translation>
        </message>
        <message>
            <source>{holder}'s card {serial} was revoked ({reason})</source>
            <translation>Se revocó la tarjeta {serial} de {holder} ({reason})</translation>
        </message>
        <message>
            <source>Card {by} for {by_holder} replaced {holder}'s card {serial} on the reader</source>
            <translation>La tarjeta {by} de {by_holder} sustituyó en el lector a la tarjeta {serial} de {holder}</translation>
        </message>
        <message>
            <source>A card was read: valid</source>
            <translation>Se leyó una tarjeta: válida</translation>
        </message>
        <message>
            <source>{holder}'s card {serial} was cancelled</source>
            <translation>Se anuló la tarjeta {serial} de {holder}</translation>
        </message>
        <message>
            <source>An emergency card (card {serial}) was made for every door until {until} ({reason})</source>
            <translation>Se hizo una tarjeta de emergencia (tarjeta {serial}) para todas las puertas hasta {until} ({reason})</translation>
        </message>
        <message>
            <source>A room-blocking card (card {serial}) was made for {rooms} until {until} ({reason})</source>
            <translation>Se hizo una tarjeta de bloqueo de habitación (tarjeta {serial}) para {rooms} hasta {until} ({reason})</translation>
        </message>
        <message>
            <source>A card was presented at {door}: it opened</source>
            <translation>Se presentó una tarjeta en {door}: abrió</translation>
        </message>
        <message>
            <source>A backup PIN was requested for lock {lock}</source>
            <translation>Se pidió un PIN de reserva para la cerradura {lock}</translation>
        </message>
        <message>
            <source>Sync alert {alert} ({kind}) on lock {lock} was dismissed; what it is about is still retried</source>
            <translation>Se descartó el aviso de sincronización {alert} ({kind}) de la cerradura {lock}; lo que lo causó se sigue reintentando</translation>
        </message>
        <message>
            <source>{moved}; new PINs for {names}, {ended} ended at the desk</source>
            <translation>{moved}; PIN nuevos para {names}, {ended} terminados en recepción</translation>
        </message>
        <message>
            <source>The property's settings changed</source>
            <translation>Cambiaron los ajustes de la propiedad</translation>
        </message>
        <message>
            <source>The lock provider was set to {driver} at its default address</source>
            <translation>El proveedor de cerraduras se configuró como {driver} en su dirección predeterminada</translation>
        </message>
        <message>
            <source>Card {serial} for {holder} was encoded for {rooms} as a copy of card {original}</source>
            <translation>La tarjeta {serial} de {holder} se codificó para {rooms} como copia de la tarjeta {original}</translation>
        </message>
        <message>
            <source>guest</source>
            <translation>huésped</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <source>Card is for another property than these keys.</source>
            <translation>La tarjeta es de otra propiedad distinta de la de estas claves.</translation>
        </message>
        <message>
            <source>Use this property's keys.</source>
            <translation>Use las claves de esta propiedad.</translation>
        </message>
        <message>
            <source>Card not accepted.</source>
            <translation>Tarjeta no aceptada.</translation>
        </message>
        <message>
            <source>Encode the card again at the desk.</source>
            <translation>Vuelva a codificar la tarjeta en la recepción.</translation>
        </message>
        <message>
            <source>Card is blank.</source>
            <translation>La tarjeta está en blanco.</translation>
        </message>
        <message>
            <source>Encode the card at the desk before handing it out.</source>
            <translation>Codifique la tarjeta en la recepción antes de entregarla.</translation>
        </message>
        <message>
            <source>Card is forged or damaged.</source>
            <translation>La tarjeta está falsificada o dañada.</translation>
        </message>
        <message>
            <source>Encode the card again at the desk; if it keeps failing, use a new card.</source>
            <translation>Vuelva a codificar la tarjeta en la recepción; si sigue fallando, use una tarjeta nueva.</translation>
        </message>
        <message>
            <source>Card belongs to another property.</source>
            <translation>La tarjeta pertenece a otra propiedad.</translation>
        </message>
        <message>
            <source>Give it back to the property that encoded it (its keys protect it) and use a new card.</source>
            <translation>Devuélvala al establecimiento que la codificó (sus claves la protegen) y use una tarjeta nueva.</translation>
        </message>
        <message>
            <source>Card content does not fit the card format.</source>
            <translation>El contenido de la tarjeta no cabe en el formato de tarjeta.</translation>
        </message>
        <message>
            <source>Put fewer doors on the card (use staff door groups for many doors) or check the numbers.</source>
            <translation>Ponga menos puertas en la tarjeta (use grupos de puertas de personal para muchas puertas) o revise los números.</translation>
        </message>
        <message>
            <source>Card UID has an unexpected length.</source>
            <translation>El UID de la tarjeta tiene una longitud inesperada.</translation>
        </message>
        <message>
            <source>Hold one MIFARE Classic, Ultralight or NTAG card on the reader and try again.</source>
            <translation>Sostenga una tarjeta MIFARE Classic, Ultralight o NTAG en el lector y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>MIFARE Classic 1K has sectors 0 to 15.</source>
            <translation>MIFARE Classic 1K tiene los sectores 0 a 15.</translation>
        </message>
        <message>
            <source>Use a sector number from 0 to 15.</source>
            <translation>Use un número de sector de 0 a 15.</translation>
        </message>
        <message>
            <source>Derived sector key is unusable.</source>
            <translation>La clave de sector derivada no se puede usar.</translation>
        </message>
        <message>
            <source>Rotate the property's card key version.</source>
            <translation>Cambie la versión de la clave de tarjetas de la propiedad.</translation>
        </message>
        <message>
            <source>Card secret has the wrong length.</source>
            <translation>El secreto de tarjetas tiene una longitud incorrecta.</translation>
        </message>
        <message>
            <source>Restore the property's card secret.</source>
            <translation>Restaure el secreto de tarjetas de la propiedad.</translation>
        </message>
        <message>
            <source>Property number out of range.</source>
            <translation>Número de propiedad fuera de rango.</translation>
        </message>
        <message>
            <source>Use a property number from 0 to 4294967295.</source>
            <translation>Use un número de propiedad de 0 a 4294967295.</translation>
        </message>
        <message>
            <source>Key version out of range.</source>
            <translation>Versión de clave fuera de rango.</translation>
        </message>
        <message>
            <source>Use a key version from 0 to 255.</source>
            <translation>Use una versión de clave de 0 a 255.</translation>
        </message>
        <message>
            <source>Property number or key version out of range.</source>
            <translation>Número de propiedad o versión de clave fuera de rango.</translation>
        </message>
        <message>
            <source>Check the property settings.</source>
            <translation>Revise los ajustes de la propiedad.</translation>
        </message>
        <message>
            <source>This key set may not do that.</source>
            <translation>Este juego de claves no puede hacer eso.</translation>
        </message>
        <message>
            <source>The {job} key is not available on this workstation.</source>
            <translation>La clave {job} no está disponible en este puesto.</translation>
        </message>
        <message>
            <source>Current key version has no keys.</source>
            <translation>La versión de clave actual no tiene claves.</translation>
        </message>
        <message>
            <source>Load the property's card secret.</source>
            <translation>Cargue el secreto de tarjetas de la propiedad.</translation>
        </message>
        <message>
            <source>Key ring mixes properties.</source>
            <translation>El llavero de claves mezcla propiedades.</translation>
        </message>
        <message>
            <source>Use one property's keys per key ring.</source>
            <translation>Use las claves de una sola propiedad en cada llavero de claves.</translation>
        </message>
        <message>
            <source>Rotation time needs a time zone.</source>
            <translation>La hora del cambio de claves necesita una zona horaria.</translation>
        </message>
        <message>
            <source>Pass a timezone-aware datetime.</source>
            <translation>Pase una fecha y hora con zona horaria.</translation>
        </message>
        <message>
            <source>Key version already used.</source>
            <translation>Versión de clave ya usada.</translation>
        </message>
        <message>
            <source>Pick a key version not used before.</source>
            <translation>Elija una versión de clave que no se haya usado antes.</translation>
        </message>
        <message>
            <source>Card secret is not valid hex.</source>
            <translation>El secreto de tarjetas no es hexadecimal válido.</translation>
        </message>
        <message>
            <source>Lock and keys belong to different properties.</source>
            <translation>La cerradura y las claves pertenecen a propiedades distintas.</translation>
        </message>
        <message>
            <source>Load this property's keys.</source>
            <translation>Cargue las claves de esta propiedad.</translation>
        </message>
        <message>
            <source>Lock numbers run from 1 to 65535.</source>
            <translation>Los números de cerradura van de 1 a 65535.</translation>
        </message>
        <message>
            <source>Check the entrance's lock number.</source>
            <translation>Revise el número de cerradura del acceso.</translation>
        </message>
        <message>
            <source>Door groups are a 16-bit mask.</source>
            <translation>Los grupos de puertas son una máscara de 16 bits.</translation>
        </message>
        <message>
            <source>Use groups 0 to 15.</source>
            <translation>Use los grupos 0 a 15.</translation>
        </message>
        <message>
            <source>Lock memory sizes must be positive.</source>
            <translation>Los tamaños de memoria de la cerradura deben ser positivos.</translation>
        </message>
        <message>
            <source>Use at least 1 entry.</source>
            <translation>Use al menos 1 entrada.</translation>
        </message>
        <message>
            <source>Saved lock state is unreadable.</source>
            <translation>El estado guardado de la cerradura no se puede leer.</translation>
        </message>
        <message>
            <source>Reset the virtual lock.</source>
            <translation>Restablezca la cerradura virtual.</translation>
        </message>
        <message>
            <source>Card read is incomplete.</source>
            <translation>La lectura de la tarjeta está incompleta.</translation>
        </message>
        <message>
            <source>Hold the card still on the reader and retry.</source>
            <translation>Mantenga la tarjeta quieta en el lector y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Card image has the wrong length.</source>
            <translation>La imagen de la tarjeta tiene una longitud incorrecta.</translation>
        </message>
        <message>
            <source>A v1 card image is {card_bytes} bytes.</source>
            <translation>Una imagen de tarjeta v1 tiene {card_bytes} bytes.</translation>
        </message>
        <message>
            <source>A shift needs at least one day of the week.</source>
            <translation>Un turno necesita al menos un día de la semana.</translation>
        </message>
        <message>
            <source>Pick the shift's days.</source>
            <translation>Elija los días del turno.</translation>
        </message>
        <message>
            <source>Shift hours run from 00:00 to 24:00.</source>
            <translation>Las horas del turno van de 00:00 a 24:00.</translation>
        </message>
        <message>
            <source>Give hours like 07:00-15:00.</source>
            <translation>Indique horas como 07:00-15:00.</translation>
        </message>
        <message>
            <source>A shift must last some time.</source>
            <translation>Un turno debe durar algo de tiempo.</translation>
        </message>
        <message>
            <source>Give different start and end hours.</source>
            <translation>Indique horas de inicio y fin distintas.</translation>
        </message>
        <message>
            <source>Only staff cards carry a shift.</source>
            <translation>Solo las tarjetas de personal llevan turno.</translation>
        </message>
        <message>
            <source>Make a staff card for a shift.</source>
            <translation>Haga una tarjeta de personal para un turno.</translation>
        </message>
        <message>
            <source>A card names at most {max_doors} doors.</source>
            <translation>Una tarjeta nombra como mucho {max_doors} puertas.</translation>
        </message>
        <message>
            <source>A card carries at most {max_cancelled} cancelled serials.</source>
            <translation>Una tarjeta lleva como mucho {max_cancelled} números de serie cancelados.</translation>
        </message>
        <message>
            <source>Carry only the most recently cancelled cards.</source>
            <translation>Lleve solo las tarjetas canceladas más recientemente.</translation>
        </message>
        <message>
            <source>Check the door's lock number.</source>
            <translation>Revise el número de cerradura de la puerta.</translation>
        </message>
        <message>
            <source>A door is named twice on the card.</source>
            <translation>Una puerta aparece dos veces en la tarjeta.</translation>
        </message>
        <message>
            <source>Name each door once.</source>
            <translation>Nombre cada puerta una sola vez.</translation>
        </message>
        <message>
            <source>Cancelled serials run from 1 to 4294967295.</source>
            <translation>Los números de serie cancelados van de 1 a 4294967295.</translation>
        </message>
        <message>
            <source>Check the cancelled list.</source>
            <translation>Revise la lista de canceladas.</translation>
        </message>
        <message>
            <source>Card must become valid before it expires.</source>
            <translation>La tarjeta debe ser válida antes de caducar.</translation>
        </message>
        <message>
            <source>Check the dates of the stay.</source>
            <translation>Revise las fechas de la estancia.</translation>
        </message>
        <message>
            <source>Only lock-state cards carry an action, and they must.</source>
            <translation>Solo las tarjetas de estado de cerradura llevan una acción, y deben llevarla.</translation>
        </message>
        <message>
            <source>Pick an action.</source>
            <translation>Elija una acción.</translation>
        </message>
        <message>
            <source>Card serial 0 is reserved.</source>
            <translation>El número de serie 0 está reservado.</translation>
        </message>
        <message>
            <source>Use serials from 1 up.</source>
            <translation>Use números de serie desde 1.</translation>
        </message>
        <message>
            <source>Unknown day of the week.</source>
            <translation>Día de la semana desconocido.</translation>
        </message>
        <message>
            <source>Use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri.</source>
            <translation>Use mon, tue, wed, thu, fri, sat, sun, p. ej. mon-fri.</translation>
        </message>
        <message>
            <source>Shift hours are HH:MM-HH:MM in quarter hours.</source>
            <translation>Las horas del turno son HH:MM-HH:MM en cuartos de hora.</translation>
        </message>
        <message>
            <source>Card field {name} is out of range.</source>
            <translation>El campo {name} de la tarjeta está fuera de rango.</translation>
        </message>
        <message>
            <source>Use 0 to 4294967295.</source>
            <translation>Use de 0 a 4294967295.</translation>
        </message>
        <message>
            <source>dates changed</source>
            <translation>fechas cambiadas</translation>
        </message>
        <message>
            <source>room moved</source>
            <translation>cambio de habitación</translation>
        </message>
        <message>
            <source>key rotation</source>
            <translation>cambio de clave de tarjetas</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>trasladado a otra habitación</translation>
        </message>
        <message>
            <source>checked out</source>
            <translation>check-out hecho</translation>
        </message>
        <message>
            <source>dates changed; a new code was issued</source>
            <translation>fechas cambiadas; se emitió un código nuevo</translation>
        </message>
        <message>
            <source>Time has no time zone.</source>
            <translation>La hora no tiene zona horaria.</translation>
        </message>
        <message>
            <source>Time is out of the card's range.</source>
            <translation>La hora está fuera del rango de la tarjeta.</translation>
        </message>
        <message>
            <source>Use a date after 2020-01-01.</source>
            <translation>Use una fecha posterior a 2020-01-01.</translation>
        </message>
        <message>
            <source>Unknown time zone '{zone}'.</source>
            <translation>Zona horaria desconocida: '{zone}'.</translation>
        </message>
        <message>
            <source>Use an IANA zone name such as Europe/Berlin.</source>
            <translation>Use un nombre de zona IANA como Europe/Madrid.</translation>
        </message>
        <message>
            <source>{label} {what} ({device}).</source>
            <translation>{label} {what} ({device}).</translation>
        </message>
        <message>
            <source>This lock needs you to {words}.</source>
            <translation>Esta cerradura necesita que {words}.</translation>
        </message>
        <message>
            <source>Use at most {name_max_length} characters.</source>
            <translation>Use como mucho {name_max_length} caracteres.</translation>
        </message>
        <message>
            <source>Use at least {name_min_length} characters.</source>
            <translation>Use al menos {name_min_length} caracteres.</translation>
        </message>
        <message>
            <source>Another code on this lock has this name; choose another.</source>
            <translation>Otro código de esta cerradura tiene este nombre; elija otro.</translation>
        </message>
        <message>
            <source>This lock reports no PIN length the desk can use; check its settings.</source>
            <translation>Esta cerradura no indica ninguna longitud de PIN que la recepción pueda usar; revise sus ajustes.</translation>
        </message>
        <message>
            <source>This lock takes PINs of {shown} digits.</source>
            <translation>Esta cerradura admite PIN de {shown} dígitos.</translation>
        </message>
        <message>
            <source>Times need a time zone.</source>
            <translation>Las horas necesitan una zona horaria.</translation>
        </message>
        <message>
            <source>Give the start and end with their UTC offset or zone; the desk never guesses the zone.</source>
            <translation>Indique el inicio y el fin con su desfase UTC o su zona; la recepción nunca adivina la zona.</translation>
        </message>
        <message>
            <source>Give both a start and an end, or neither.</source>
            <translation>Indique un inicio y un fin, o ninguno de los dos.</translation>
        </message>
        <message>
            <source>A code with a start needs an end (a stay); leave both empty for a code with no end date.</source>
            <translation>Un código con inicio necesita un fin (una estancia); deje ambos vacíos para un código sin fecha de fin.</translation>
        </message>
        <message>
            <source>The code must end after it starts.</source>
            <translation>El código debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>Check the dates: the end (check-out) has to come after the start (check-in).</source>
            <translation>Revise las fechas: el fin (salida) tiene que ser posterior al inicio (entrada).</translation>
        </message>
        <message>
            <source>The new end is already past.</source>
            <translation>El nuevo fin ya ha pasado.</translation>
        </message>
        <message>
            <source>Choose an end in the future, or end the stay with check-out instead.</source>
            <translation>Elija un fin en el futuro, o termine la estancia con la salida.</translation>
        </message>
        <message>
            <source>This lock needs a start in the future.</source>
            <translation>Esta cerradura necesita un inicio en el futuro.</translation>
        </message>
        <message>
            <source>Move the start a few minutes ahead; this lock cannot take codes that start in the past.</source>
            <translation>Adelante el inicio unos minutos; esta cerradura no admite códigos que empiecen en el pasado.</translation>
        </message>
        <message>
            <source>PIN not accepted by this lock.</source>
            <translation>Esta cerradura no acepta el PIN.</translation>
        </message>
        <message>
            <source>Choose another PIN, or leave it empty and let the desk pick one that suits the lock.</source>
            <translation>Elija otro PIN, o déjelo vacío y deje que la recepción elija uno que sirva para la cerradura.</translation>
        </message>
        <message>
            <source>This PIN is already on the lock.</source>
            <translation>Este PIN ya está en la cerradura.</translation>
        </message>
        <message>
            <source>Choose another PIN, or leave it empty and let the desk pick a free one.</source>
            <translation>Elija otro PIN, o déjelo vacío y deje que la recepción elija uno libre.</translation>
        </message>
        <message>
            <source>This lock chooses its own PINs.</source>
            <translation>Esta cerradura elige sus propios PIN.</translation>
        </message>
        <message>
            <source>Leave the PIN empty; the lock maker's system assigns one and the desk shows it when it arrives.</source>
            <translation>Deje el PIN vacío; el sistema del fabricante de la cerradura asigna uno y la recepción lo muestra cuando llega.</translation>
        </message>
        <message>
            <source>No free PIN left on this lock.</source>
            <translation>No queda ningún PIN libre en esta cerradura.</translation>
        </message>
        <message>
            <source>Remove codes that are no longer needed from this lock, or allow a longer PIN.</source>
            <translation>Quite de esta cerradura los códigos que ya no hacen falta, o permita un PIN más largo.</translation>
        </message>
        <message>
            <source>Code name not accepted by this lock.</source>
            <translation>Esta cerradura no acepta el nombre del código.</translation>
        </message>
        <message>
            <source>Shorten or change the name; this lock limits code names.</source>
            <translation>Acorte o cambie el nombre; esta cerradura limita los nombres de los códigos.</translation>
        </message>
        <message>
            <source>A custom PIN cannot be given for linked codes.</source>
            <translation>No se puede indicar un PIN propio para códigos vinculados.</translation>
        </message>
        <message>
            <source>Leave the PIN empty; the desk picks one PIN that works on every door of the group.</source>
            <translation>Deje el PIN vacío; la recepción elige un PIN que funcione en todas las puertas del grupo.</translation>
        </message>
        <message>
            <source>Linked code request not valid.</source>
            <translation>La petición de códigos vinculados no es válida.</translation>
        </message>
        <message>
            <source>Name at least one lock, each once, and choose 'throw' or 'create_random_code'.</source>
            <translation>Nombre al menos una cerradura, cada una una vez, y elija 'throw' o 'create_random_code'.</translation>
        </message>
        <message>
            <source>These locks cannot share one PIN.</source>
            <translation>Estas cerraduras no pueden compartir un mismo PIN.</translation>
        </message>
        <message>
            <source>Ask for a random code where sharing is impossible, or create separate codes for the listed locks.</source>
            <translation>Pida un código aleatorio donde no se pueda compartir, o cree códigos separados para las cerraduras indicadas.</translation>
        </message>
        <message>
            <source>No codes with this common code key.</source>
            <translation>No hay códigos con esta clave de código común.</translation>
        </message>
        <message>
            <source>Check the key: it comes from the linked codes' details, or create the linked codes again.</source>
            <translation>Revise la clave: viene de los detalles de los códigos vinculados; o vuelva a crear los códigos vinculados.</translation>
        </message>
        <message>
            <source>Lock not known to the desk.</source>
            <translation>La recepción no conoce esta cerradura.</translation>
        </message>
        <message>
            <source>Refresh the list of locks from the provider, then try again.</source>
            <translation>Actualice la lista de cerraduras desde el proveedor y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Only a time-bound code can be replaced by a backup code.</source>
            <translation>Solo un código con fechas puede sustituirse por un código de reserva.</translation>
        </message>
        <message>
            <source>Give the code a start and an end first; a code without an end has no stay to cover.</source>
            <translation>Dé primero al código un inicio y un fin; un código sin fin no tiene estancia que cubrir.</translation>
        </message>
        <message>
            <source>No backup code available for this lock.</source>
            <translation>No hay ningún código de reserva disponible para esta cerradura.</translation>
        </message>
        <message>
            <source>Let the guest in another way (key card or a staff member), and check that the lock is online: the pool refills once the lock is reachable.</source>
            <translation>Deje entrar al huésped de otro modo (tarjeta o un empleado) y compruebe que la cerradura está en línea: la reserva de códigos se rellena cuando la cerradura vuelve a estar accesible.</translation>
        </message>
        <message>
            <source>A backup code was already given for this code.</source>
            <translation>Ya se dio un código de reserva para este código.</translation>
        </message>
        <message>
            <source>Give the guest the backup code already pulled (see the code's details) instead of a new one.</source>
            <translation>Dé al huésped el código de reserva ya obtenido (vea los detalles del código) en lugar de uno nuevo.</translation>
        </message>
        <message>
            <source>No time slots found.</source>
            <translation>No se encontraron franjas horarias.</translation>
        </message>
        <message>
            <source>Move the booking times to within one hour of one of the lock's time slots.</source>
            <translation>Mueva las horas de la reserva a menos de una hora de una de las franjas horarias de la cerradura.</translation>
        </message>
        <message>
            <source>Offline codes can last at most 31 days.</source>
            <translation>Los códigos sin conexión pueden durar como mucho 31 días.</translation>
        </message>
        <message>
            <source>Shorten the stay to 31 days or less, and issue a second code for the rest of it later.</source>
            <translation>Acorte la estancia a 31 días o menos, y emita más tarde un segundo código para el resto.</translation>
        </message>
        <message>
            <source>Time rounding not understood.</source>
            <translation>No se entiende el redondeo de la hora.</translation>
        </message>
        <message>
            <source>Use '1hour' (the default) or '1day'.</source>
            <translation>Use '1hour' (el valor predeterminado) o '1day'.</translation>
        </message>
        <message>
            <source>Time slot time not understood.</source>
            <translation>No se entiende la hora de la franja horaria.</translation>
        </message>
        <message>
            <source>Expected a time of day like 15:30:00-08:00[America/Los_Angeles]; refresh the lock's details.</source>
            <translation>Se esperaba una hora del día como 15:30:00-08:00[America/Los_Angeles]; actualice los detalles de la cerradura.</translation>
        </message>
        <message>
            <source>Offline PIN codes cannot be changed or deleted.</source>
            <translation>Los códigos PIN sin conexión no se pueden cambiar ni borrar.</translation>
        </message>
        <message>
            <source>The code stays valid until its end. For new dates issue a new code; to shut the guest out early, use a card or another lock.</source>
            <translation>El código sigue siendo válido hasta su fin. Para nuevas fechas emita un código nuevo; para dejar fuera al huésped antes, use una tarjeta u otra cerradura.</translation>
        </message>
        <message>
            <source>The replacement lock is the same lock.</source>
            <translation>La cerradura de sustitución es la misma cerradura.</translation>
        </message>
        <message>
            <source>Choose the new lock that appeared after the factory reset, not the old one.</source>
            <translation>Elija la cerradura nueva que apareció tras el restablecimiento de fábrica, no la antigua.</translation>
        </message>
        <message>
            <source>This device cannot take this PIN code.</source>
            <translation>Este dispositivo no admite este código PIN.</translation>
        </message>
        <message>
            <source>Choose a keypad lock that takes online PIN codes, or an offline code for a time-slot lock.</source>
            <translation>Elija una cerradura con teclado que admita códigos PIN en línea, o un código sin conexión para una cerradura de franjas horarias.</translation>
        </message>
        <message>
            <source>No open sync alert has this number.</source>
            <translation>Ningún aviso de sincronización abierto tiene este número.</translation>
        </message>
        <message>
            <source>It may have been resolved already; the alerts still open are listed in the sync status.</source>
            <translation>Puede que ya se haya resuelto; los avisos aún abiertos aparecen en el estado de sincronización.</translation>
        </message>
        <message>
            <source>The code could not be put on the lock.</source>
            <translation>No se pudo poner el código en la cerradura.</translation>
        </message>
        <message>
            <source>Check the lock is online and has free code slots. If the guest is waiting, give them a backup code.</source>
            <translation>Compruebe que la cerradura está en línea y tiene huecos libres para códigos. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The code could not be removed from the lock.</source>
            <translation>No se pudo quitar el código de la cerradura.</translation>
        </message>
        <message>
            <source>It may still open the door: check the lock is online, then remove the code again.</source>
            <translation>Puede que aún abra la puerta: compruebe que la cerradura está en línea y vuelva a quitar el código.</translation>
        </message>
        <message>
            <source>The same PIN is already on this lock.</source>
            <translation>Este PIN ya está en esta cerradura.</translation>
        </message>
        <message>
            <source>Give this guest a different PIN; the lock refuses duplicates.</source>
            <translation>Dé a este huésped otro PIN; la cerradura rechaza los duplicados.</translation>
        </message>
        <message>
            <source>The lock is full.</source>
            <translation>La cerradura está llena.</translation>
        </message>
        <message>
            <source>Remove codes that are no longer needed from this lock, then try again.</source>
            <translation>Quite de esta cerradura los códigos que ya no hacen falta y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The code was changed outside the desk.</source>
            <translation>El código se cambió fuera de la recepción.</translation>
        </message>
        <message>
            <source>Someone changed it in the lock maker's app or on the keypad; check it and set it again.</source>
            <translation>Alguien lo cambió en la app del fabricante o en el teclado; revíselo y vuelva a configurarlo.</translation>
        </message>
        <message>
            <source>The code is switched off on the lock.</source>
            <translation>El código está desactivado en la cerradura.</translation>
        </message>
        <message>
            <source>Switch it on again in the lock maker's app. If the guest is waiting, give them a backup code.</source>
            <translation>Vuelva a activarlo en la app del fabricante. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The lock does not accept this PIN.</source>
            <translation>La cerradura no acepta este PIN.</translation>
        </message>
        <message>
            <source>Issue a new code and let the desk choose the PIN.</source>
            <translation>Emita un código nuevo y deje que la recepción elija el PIN.</translation>
        </message>
        <message>
            <source>The code could not be issued.</source>
            <translation>No se pudo emitir el código.</translation>
        </message>
        <message>
            <source>Try again once the lock is online. If the guest is waiting, give them a backup code.</source>
            <translation>Vuelva a intentarlo cuando la cerradura esté en línea. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The change did not reach the lock.</source>
            <translation>El cambio no llegó a la cerradura.</translation>
        </message>
        <message>
            <source>The old dates or PIN may still apply; try the change again.</source>
            <translation>Puede que sigan valiendo las fechas o el PIN anteriores; vuelva a intentar el cambio.</translation>
        </message>
        <message>
            <source>The code could not be deleted.</source>
            <translation>No se pudo borrar el código.</translation>
        </message>
        <message>
            <source>It may still open the door; try deleting it again.</source>
            <translation>Puede que aún abra la puerta; vuelva a intentar borrarlo.</translation>
        </message>
        <message>
            <source>The lock maker's service reported a problem.</source>
            <translation>El servicio del fabricante de la cerradura informó de un problema.</translation>
        </message>
        <message>
            <source>Wait a few minutes; if it stays, contact support.</source>
            <translation>Espere unos minutos; si sigue, contacte con soporte.</translation>
        </message>
        <message>
            <source>The desk is not allowed to manage this lock.</source>
            <translation>La recepción no tiene permiso para gestionar esta cerradura.</translation>
        </message>
        <message>
            <source>Ask the lock's owner to grant access to the account.</source>
            <translation>Pida al propietario de la cerradura que dé acceso a la cuenta.</translation>
        </message>
        <message>
            <source>The lock maker's account is disconnected.</source>
            <translation>La cuenta del fabricante de la cerradura está desconectada.</translation>
        </message>
        <message>
            <source>Ask your administrator to reconnect the account.</source>
            <translation>Pida a su administrador que vuelva a conectar la cuenta.</translation>
        </message>
        <message>
            <source>The Salto KS subscription limit is reached.</source>
            <translation>Se alcanzó el límite de la suscripción de Salto KS.</translation>
        </message>
        <message>
            <source>Ask your administrator to extend the subscription.</source>
            <translation>Pida a su administrador que amplíe la suscripción.</translation>
        </message>
        <message>
            <source>The dormakaba site is disconnected.</source>
            <translation>El sitio de dormakaba está desconectado.</translation>
        </message>
        <message>
            <source>Ask your administrator to reconnect the dormakaba site.</source>
            <translation>Pida a su administrador que vuelva a conectar el sitio de dormakaba.</translation>
        </message>
        <message>
            <source>The lock needs a paid subscription.</source>
            <translation>La cerradura necesita una suscripción de pago.</translation>
        </message>
        <message>
            <source>Ask your administrator to renew the lock maker's subscription.</source>
            <translation>Pida a su administrador que renueve la suscripción del fabricante de la cerradura.</translation>
        </message>
        <message>
            <source>The lock is offline.</source>
            <translation>La cerradura está sin conexión.</translation>
        </message>
        <message>
            <source>Check the lock's hub or Wi-Fi bridge is powered and online. If the guest is waiting, give them a backup code.</source>
            <translation>Compruebe que el hub o el puente Wi-Fi de la cerradura tiene corriente y está en línea. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The lock is disconnected.</source>
            <translation>La cerradura está desconectada.</translation>
        </message>
        <message>
            <source>The lock's hub is disconnected.</source>
            <translation>El hub de la cerradura está desconectado.</translation>
        </message>
        <message>
            <source>The lock's bridge is disconnected.</source>
            <translation>El puente de la cerradura está desconectado.</translation>
        </message>
        <message>
            <source>The lock was removed from the account.</source>
            <translation>La cerradura se quitó de la cuenta.</translation>
        </message>
        <message>
            <source>If it was factory reset, replace the old lock with the new one in the lock list.</source>
            <translation>Si se restableció de fábrica, sustituya la cerradura antigua por la nueva en la lista de cerraduras.</translation>
        </message>
        <message>
            <source>No backup codes left on this lock.</source>
            <translation>No quedan códigos de reserva en esta cerradura.</translation>
        </message>
        <message>
            <source>Let the guest in another way; the pool refills once the lock is online.</source>
            <translation>Deje entrar al huésped de otro modo; la reserva de códigos se rellena cuando la cerradura vuelve a estar en línea.</translation>
        </message>
        <message>
            <source>The desk is not authorised on this August lock.</source>
            <translation>La recepción no está autorizada en esta cerradura August.</translation>
        </message>
        <message>
            <source>Re-authorise the lock in the August app.</source>
            <translation>Vuelva a autorizar la cerradura en la app de August.</translation>
        </message>
        <message>
            <source>The lock's login details are missing.</source>
            <translation>Faltan los datos de acceso de la cerradura.</translation>
        </message>
        <message>
            <source>Ask your administrator to enter them again.</source>
            <translation>Pida a su administrador que los vuelva a introducir.</translation>
        </message>
        <message>
            <source>The thermostat's auxiliary heat is running.</source>
            <translation>La calefacción auxiliar del termostato está funcionando.</translation>
        </message>
        <message>
            <source>Nothing to do at the desk; it concerns the thermostat.</source>
            <translation>Nada que hacer en la recepción; afecta al termostato.</translation>
        </message>
        <message>
            <source>The August lock has no Wi-Fi bridge.</source>
            <translation>La cerradura August no tiene puente Wi-Fi.</translation>
        </message>
        <message>
            <source>Install or power the bridge so the lock can receive codes.</source>
            <translation>Instale o conecte el puente para que la cerradura pueda recibir códigos.</translation>
        </message>
        <message>
            <source>The TTLock lock is not paired to its gateway.</source>
            <translation>La cerradura TTLock no está emparejada con su pasarela.</translation>
        </message>
        <message>
            <source>Pair the lock with its gateway in the TTLock app.</source>
            <translation>Empareje la cerradura con su pasarela en la app de TTLock.</translation>
        </message>
        <message>
            <source>The Lockly lock has no Wi-Fi bridge.</source>
            <translation>La cerradura Lockly no tiene puente Wi-Fi.</translation>
        </message>
        <message>
            <source>The August lock has no keypad.</source>
            <translation>La cerradura August no tiene teclado.</translation>
        </message>
        <message>
            <source>Attach a keypad, or use a card or key for this door.</source>
            <translation>Instale un teclado, o use una tarjeta o llave para esta puerta.</translation>
        </message>
        <message>
            <source>This KeyNest locker is not supported.</source>
            <translation>Esta taquilla KeyNest no es compatible.</translation>
        </message>
        <message>
            <source>Use another way to hand over keys for this locker.</source>
            <translation>Use otro modo de entregar las llaves para esta taquilla.</translation>
        </message>
        <message>
            <source>The Salto KS user has no subscription.</source>
            <translation>El usuario de Salto KS no tiene suscripción.</translation>
        </message>
        <message>
            <source>Ask your administrator to add the user to the subscription.</source>
            <translation>Pida a su administrador que añada el usuario a la suscripción.</translation>
        </message>
        <message>
            <source>The August lock does not take this PIN length.</source>
            <translation>La cerradura August no admite esta longitud de PIN.</translation>
        </message>
        <message>
            <source>The dates do not fit the lock's time slots.</source>
            <translation>Las fechas no encajan con las franjas horarias de la cerradura.</translation>
        </message>
        <message>
            <source>Pick check-in and check-out times from the lock's slots.</source>
            <translation>Elija horas de entrada y salida de entre las franjas de la cerradura.</translation>
        </message>
        <message>
            <source>Another code on this lock has the same name.</source>
            <translation>Otro código de esta cerradura tiene el mismo nombre.</translation>
        </message>
        <message>
            <source>Rename the code and try again.</source>
            <translation>Cambie el nombre del código y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Putting the code on the lock is taking longer than usual.</source>
            <translation>Poner el código en la cerradura está tardando más de lo normal.</translation>
        </message>
        <message>
            <source>Wait a few minutes; if the guest is at the door, give them a backup code.</source>
            <translation>Espere unos minutos; si el huésped está en la puerta, dele un código de reserva.</translation>
        </message>
        <message>
            <source>Removing the code from the lock is taking longer than usual.</source>
            <translation>Quitar el código de la cerradura está tardando más de lo normal.</translation>
        </message>
        <message>
            <source>The code may still open the door for now; check the lock is online.</source>
            <translation>Puede que el código aún abra la puerta por ahora; compruebe que la cerradura está en línea.</translation>
        </message>
        <message>
            <source>Issuing the code is taking longer than usual.</source>
            <translation>Emitir el código está tardando más de lo normal.</translation>
        </message>
        <message>
            <source>Wait a few minutes.</source>
            <translation>Espere unos minutos.</translation>
        </message>
        <message>
            <source>This lock changes the PIN by itself now and then.</source>
            <translation>Esta cerradura cambia el PIN por sí sola de vez en cuando.</translation>
        </message>
        <message>
            <source>Always read the current PIN before telling the guest.</source>
            <translation>Lea siempre el PIN actual antes de decírselo al huésped.</translation>
        </message>
        <message>
            <source>The times were adjusted because the lock's time zone is unknown.</source>
            <translation>Las horas se ajustaron porque no se conoce la zona horaria de la cerradura.</translation>
        </message>
        <message>
            <source>Set the lock's time zone, then check the code's start and end.</source>
            <translation>Configure la zona horaria de la cerradura y revise el inicio y el fin del código.</translation>
        </message>
        <message>
            <source>The code was changed outside the desk, and the change was kept.</source>
            <translation>El código se cambió fuera de la recepción y el cambio se mantuvo.</translation>
        </message>
        <message>
            <source>Check the PIN and times shown here before telling the guest.</source>
            <translation>Revise el PIN y las horas que se muestran aquí antes de decírselos al huésped.</translation>
        </message>
        <message>
            <source>Another system also manages this lock.</source>
            <translation>Otro sistema también gestiona esta cerradura.</translation>
        </message>
        <message>
            <source>Codes may be changed by that system; check before relying on them.</source>
            <translation>Ese sistema puede cambiar los códigos; compruébelos antes de confiar en ellos.</translation>
        </message>
        <message>
            <source>The guest must use this PIN within 24 hours of its start.</source>
            <translation>El huésped debe usar este PIN en las 24 horas siguientes a su inicio.</translation>
        </message>
        <message>
            <source>Tell the guest, or it stops working.</source>
            <translation>Avise al huésped, o dejará de funcionar.</translation>
        </message>
        <message>
            <source>This code is now managed elsewhere.</source>
            <translation>Este código se gestiona ahora en otro sitio.</translation>
        </message>
        <message>
            <source>Changes made at the desk no longer reach it.</source>
            <translation>Los cambios hechos en la recepción ya no le llegan.</translation>
        </message>
        <message>
            <source>A backup code is standing in for this code.</source>
            <translation>Un código de reserva sustituye a este código.</translation>
        </message>
        <message>
            <source>Give the guest the backup code shown with this stay.</source>
            <translation>Dé al huésped el código de reserva que se muestra con esta estancia.</translation>
        </message>
        <message>
            <source>The code is being deleted.</source>
            <translation>Se está borrando el código.</translation>
        </message>
        <message>
            <source>Nothing to do; it disappears shortly.</source>
            <translation>Nada que hacer; desaparece en breve.</translation>
        </message>
        <message>
            <source>The lock maker's service reports an unclear problem.</source>
            <translation>El servicio del fabricante de la cerradura informa de un problema poco claro.</translation>
        </message>
        <message>
            <source>Check the code in a few minutes. If the guest is waiting, give them a backup code.</source>
            <translation>Revise el código en unos minutos. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The Schlage lock already has this PIN.</source>
            <translation>La cerradura Schlage ya tiene este PIN.</translation>
        </message>
        <message>
            <source>Give this guest a different PIN.</source>
            <translation>Dé a este huésped otro PIN.</translation>
        </message>
        <message>
            <source>Schlage's service cannot create codes right now.</source>
            <translation>El servicio de Schlage no puede crear códigos ahora mismo.</translation>
        </message>
        <message>
            <source>Try again later. If the guest is waiting, give them a backup code.</source>
            <translation>Vuelva a intentarlo más tarde. Si el huésped está esperando, dele un código de reserva.</translation>
        </message>
        <message>
            <source>The code is disabled on the Ultraloq lock.</source>
            <translation>El código está desactivado en la cerradura Ultraloq.</translation>
        </message>
        <message>
            <source>Enable it in the Ultraloq app.</source>
            <translation>Actívelo en la app de Ultraloq.</translation>
        </message>
        <message>
            <source>This lock has fewer backup codes than it should.</source>
            <translation>Esta cerradura tiene menos códigos de reserva de los que debería.</translation>
        </message>
        <message>
            <source>The desk refills the pool when the lock is online.</source>
            <translation>La recepción rellena la reserva de códigos cuando la cerradura está en línea.</translation>
        </message>
        <message>
            <source>Many backup codes are in use on this lock.</source>
            <translation>Hay muchos códigos de reserva en uso en esta cerradura.</translation>
        </message>
        <message>
            <source>Check why guests' own codes are not working on this lock.</source>
            <translation>Averigüe por qué no funcionan en esta cerradura los códigos propios de los huéspedes.</translation>
        </message>
        <message>
            <source>The lock holds as many codes as it can.</source>
            <translation>La cerradura tiene tantos códigos como puede guardar.</translation>
        </message>
        <message>
            <source>Remove codes that are no longer needed from this lock.</source>
            <translation>Quite de esta cerradura los códigos que ya no hacen falta.</translation>
        </message>
        <message>
            <source>The lock's time zone is unknown.</source>
            <translation>No se conoce la zona horaria de la cerradura.</translation>
        </message>
        <message>
            <source>Set the lock's time zone so times are right.</source>
            <translation>Configure la zona horaria de la cerradura para que las horas sean correctas.</translation>
        </message>
        <message>
            <source>The lock's time zone differs from the property's.</source>
            <translation>La zona horaria de la cerradura difiere de la de la propiedad.</translation>
        </message>
        <message>
            <source>Check and correct the lock's time zone.</source>
            <translation>Revise y corrija la zona horaria de la cerradura.</translation>
        </message>
        <message>
            <source>The lock provider reports: {code}</source>
            <translation>El proveedor de cerraduras informa: {code}</translation>
        </message>
        <message>
            <source>The desk has no wording for this yet; check the lock, and tell support if it stays.</source>
            <translation>La recepción aún no tiene un texto para esto; revise la cerradura e informe a soporte si persiste.</translation>
        </message>
        <message>
            <source>(no code given)</source>
            <translation>(sin código)</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{time} on {day} {month}</source>
            <translation>{time} del {day} {month}</translation>
        </message>
        <message>
            <source>Provider reports '{status}'</source>
            <translation>El proveedor indica '{status}'</translation>
        </message>
        <message>
            <source>Active on the lock</source>
            <translation>Activo en la cerradura</translation>
        </message>
        <message>
            <source>Being programmed on the lock</source>
            <translation>Programándose en la cerradura</translation>
        </message>
        <message>
            <source>Being removed</source>
            <translation>Quitándose</translation>
        </message>
        <message>
            <source>Not on the lock</source>
            <translation>No está en la cerradura</translation>
        </message>
        <message>
            <source>State unknown; check the lock</source>
            <translation>Estado desconocido; revise la cerradura</translation>
        </message>
        <message>
            <source>Not on the lock: {reason} Change or re-create the code.</source>
            <translation>No está en la cerradura: {reason} Cambie o vuelva a crear el código.</translation>
        </message>
        <message>
            <source>Not on the lock: {reason}</source>
            <translation>No está en la cerradura: {reason}</translation>
        </message>
        <message>
            <source>Being removed from the lock</source>
            <translation>Quitándose de la cerradura</translation>
        </message>
        <message>
            <source>{state}; its last change did not reach the lock</source>
            <translation>{state}; su último cambio no llegó a la cerradura</translation>
        </message>
        <message>
            <source>not on the lock yet</source>
            <translation>aún no está en la cerradura</translation>
        </message>
        <message>
            <source>Still on the lock after its end; removal expected</source>
            <translation>Sigue en la cerradura tras su fin; se espera que se quite</translation>
        </message>
        <message>
            <source>Active on the lock until {when}</source>
            <translation>Activo en la cerradura hasta las {when}</translation>
        </message>
        <message>
            <source>Ended; no longer on the lock</source>
            <translation>Terminado; ya no está en la cerradura</translation>
        </message>
        <message>
            <source>Not on the lock yet (due at {when})</source>
            <translation>Aún no está en la cerradura (previsto a las {when})</translation>
        </message>
        <message>
            <source>The provider refused it.</source>
            <translation>El proveedor lo rechazó.</translation>
        </message>
        <message>
            <source>no PIN assigned yet</source>
            <translation>aún sin PIN asignado</translation>
        </message>
        <message>
            <source>removed from the lock</source>
            <translation>quitado de la cerradura</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>failed on the lock: {reason}</source>
            <translation>falló en la cerradura: {reason}</translation>
        </message>
        <message>
            <source>not on the lock: the provider refused it</source>
            <translation>no está en la cerradura: el proveedor lo rechazó</translation>
        </message>
        <message>
            <source>works now (computed by the lock, no connection needed)</source>
            <translation>funciona ahora (lo calcula la cerradura, sin necesidad de conexión)</translation>
        </message>
        <message>
            <source>works now (a backup PIN, already on the lock)</source>
            <translation>funciona ahora (un PIN de reserva, ya en la cerradura)</translation>
        </message>
        <message>
            <source>works now</source>
            <translation>funciona ahora</translation>
        </message>
        <message>
            <source>the keypad is offline: the code cannot reach it</source>
            <translation>el teclado está sin conexión: el código no le puede llegar</translation>
        </message>
        <message>
            <source>not programmed yet: it will be programmed at {when}</source>
            <translation>aún sin programar: se programará a las {when}</translation>
        </message>
        <message>
            <source>Will be programmed at {when}</source>
            <translation>Se programará a las {when}</translation>
        </message>
        <message>
            <source>not valid yet: it works from {when}</source>
            <translation>aún no es válido: funciona desde las {when}</translation>
        </message>
        <message>
            <source>the keypad is offline: it keeps this code, but changes cannot reach it</source>
            <translation>el teclado está sin conexión: conserva este código, pero los cambios no le llegan</translation>
        </message>
        <message>
            <source>No single PIN suits {locks} together with the other locks: ask for a random code where sharing is impossible, or create separate codes for those locks.</source>
            <translation>Ningún PIN sirve para {locks} junto con las demás cerraduras: pida un código aleatorio donde no se pueda compartir, o cree códigos separados para esas cerraduras.</translation>
        </message>
        <message>
            <source>Name at least one lock for the linked codes.</source>
            <translation>Nombre al menos una cerradura para los códigos vinculados.</translation>
        </message>
        <message>
            <source>Name each lock only once.</source>
            <translation>Nombre cada cerradura una sola vez.</translation>
        </message>
        <message>
            <source>Choose 'throw' or 'create_random_code' for locks that cannot share the PIN.</source>
            <translation>Elija 'throw' o 'create_random_code' para las cerraduras que no pueden compartir el PIN.</translation>
        </message>
        <message>
            <source>This lock has no time slots for guest stays; ask the lock's installer to add some.</source>
            <translation>Esta cerradura no tiene franjas horarias para estancias de huéspedes; pida al instalador de la cerradura que añada algunas.</translation>
        </message>
        <message>
            <source>Move the booking times to within {window} of one of the lock's time slots: {slots}.</source>
            <translation>Mueva las horas de la reserva a menos de {window} de una de las franjas horarias de la cerradura: {slots}.</translation>
        </message>
        <message>
            <source>one hour</source>
            <translation>una hora</translation>
        </message>
        <message>
            <source>one day</source>
            <translation>un día</translation>
        </message>
        <message>
            <source>The lock's time zone is not known.</source>
            <translation>No se conoce la zona horaria de la cerradura.</translation>
        </message>
        <message>
            <source>Set the lock's time zone (an IANA name such as Europe/Paris) in its details.</source>
            <translation>Indique la zona horaria de la cerradura (un nombre IANA como Europe/Paris) en sus detalles.</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Algo ha fallado.</translation>
        </message>
        <message>
            <source>Try again; if it keeps happening, ask your IT contact.</source>
            <translation>Vuelva a intentarlo; si sigue ocurriendo, consulte a su contacto de informática.</translation>
        </message>
        <message>
            <source>Unexpected error.</source>
            <translation>Error inesperado.</translation>
        </message>
        <message>
            <source>Nothing half-written was kept. Try again; if it happens again, send the log file to your IT contact.</source>
            <translation>No se guardó nada a medias. Vuelva a intentarlo; si vuelve a ocurrir, envíe el archivo de registro a su contacto de informática.</translation>
        </message>
        <message>
            <source>reservation_key not supported.</source>
            <translation>reservation_key no admitida.</translation>
        </message>
        <message>
            <source>Remove the reservation key, or include at least one door that takes part in reservations.</source>
            <translation>Quite la clave de reserva, o incluya al menos una puerta que participe en reservas.</translation>
        </message>
        <message>
            <source>reservation_key required for guest cards.</source>
            <translation>reservation_key obligatoria para tarjetas de huésped.</translation>
        </message>
        <message>
            <source>Give a reservation key when issuing guest access to these doors (check-in makes one for you).</source>
            <translation>Indique una clave de reserva al dar acceso de huésped a estas puertas (el check-in crea una por usted).</translation>
        </message>
        <message>
            <source>Reservation entrance change requires cleanup.</source>
            <translation>El cambio de acceso de la reserva requiere limpieza.</translation>
        </message>
        <message>
            <source>Use 'move room' (frontdesk reservations move KEY --entrance ...), or delete the reservation's grants first and then issue them again with the new doors.</source>
            <translation>Use 'mover habitación' (frontdesk reservations move KEY --entrance ...), o borre primero los permisos de la reserva y vuelva a emitirlos con las puertas nuevas.</translation>
        </message>
        <message>
            <source>Reservation joiner entrance set conflict.</source>
            <translation>Conflicto de conjunto de accesos del acompañante de la reserva.</translation>
        </message>
        <message>
            <source>A guest added to a stay may get the same doors or fewer; to add a room, move the reservation.</source>
            <translation>Un huésped añadido a una estancia puede recibir las mismas puertas o menos; para añadir una habitación, mueva la reserva.</translation>
        </message>
        <message>
            <source>Reservation time frames must overlap.</source>
            <translation>Los periodos de la reserva deben solaparse.</translation>
        </message>
        <message>
            <source>Change the dates so they overlap the stay, or use a new reservation key for a separate stay.</source>
            <translation>Cambie las fechas para que se solapen con la estancia, o use una nueva clave de reserva para una estancia aparte.</translation>
        </message>
        <message>
            <source>Staff access never carries a reservation key.</source>
            <translation>El acceso del personal nunca lleva clave de reserva.</translation>
        </message>
        <message>
            <source>Leave out the reservation key for staff; staff cards neither override nor get overridden.</source>
            <translation>Omita la clave de reserva para el personal; las tarjetas de personal ni anulan ni son anuladas.</translation>
        </message>
        <message>
            <source>Room is occupied.</source>
            <translation>La habitación está ocupada.</translation>
        </message>
        <message>
            <source>Another stay holds this room for these dates; check the room, or pass --override to take it over.</source>
            <translation>Otra estancia tiene esta habitación en estas fechas; revise la habitación, o pase --override para quedársela.</translation>
        </message>
        <message>
            <source>The {what} is not valid text.</source>
            <translation>El campo {what} no es texto válido.</translation>
        </message>
        <message>
            <source>It holds bytes that are not UTF-8; type it again, or set the terminal to UTF-8.</source>
            <translation>Contiene bytes que no son UTF-8; escríbalo de nuevo, o configure el terminal en UTF-8.</translation>
        </message>
        <message>
            <source>The name has invisible control characters.</source>
            <translation>El nombre tiene caracteres de control invisibles.</translation>
        </message>
        <message>
            <source>Type the {what} again by hand; pasted text can carry characters that are not shown.</source>
            <translation>Escriba de nuevo a mano el campo {what}; el texto pegado puede llevar caracteres que no se ven.</translation>
        </message>
        <message>
            <source>The {what}'s name is empty.</source>
            <translation>El nombre ({what}) está vacío.</translation>
        </message>
        <message>
            <source>Type the {what}'s name as it should appear on the stay.</source>
            <translation>Escriba el nombre ({what}) tal como debe aparecer en la estancia.</translation>
        </message>
        <message>
            <source>The {what}'s name is too long.</source>
            <translation>El nombre ({what}) es demasiado largo.</translation>
        </message>
        <message>
            <source>Use at most {max_name_length} characters.</source>
            <translation>Use como mucho {max_name_length} caracteres.</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>No hay nadie con la sesión iniciada.</translation>
        </message>
        <message>
            <source>Sign in first: frontdesk login NAME --password-stdin (or give a script's token in FRONTDESK_TOKEN).</source>
            <translation>Inicie sesión primero: frontdesk login NAME --password-stdin (o indique el token de un script en FRONTDESK_TOKEN).</translation>
        </message>
        <message>
            <source>Sign-in refused.</source>
            <translation>Inicio de sesión rechazado.</translation>
        </message>
        <message>
            <source>Check the name and the password or PIN; a disabled operator cannot sign in.</source>
            <translation>Revise el nombre y la contraseña o el PIN; un operador desactivado no puede iniciar sesión.</translation>
        </message>
        <message>
            <source>Not permitted: {permission}.</source>
            <translation>No permitido: {permission}.</translation>
        </message>
        <message>
            <source>Ask a {least} (or someone with a higher role) to do this; {operator} is a {role}.</source>
            <translation>Pida a un {least} (o a alguien con un rol superior) que lo haga; {operator} es {role}.</translation>
        </message>
        <message>
            <source>The operator name is not valid.</source>
            <translation>El nombre de operador no es válido.</translation>
        </message>
        <message>
            <source>Use 1 to 64 letters, digits, spaces, dots, dashes or underscores; start with a letter or digit.</source>
            <translation>Use de 1 a 64 letras, dígitos, espacios, puntos, guiones o guiones bajos; empiece por una letra o un dígito.</translation>
        </message>
        <message>
            <source>The password is too short.</source>
            <translation>La contraseña es demasiado corta.</translation>
        </message>
        <message>
            <source>Use at least {min_password} characters (no spaces at either end), or a PIN of 4 to 8 digits.</source>
            <translation>Use al menos {min_password} caracteres (sin espacios en los extremos), o un PIN de 4 a 8 dígitos.</translation>
        </message>
        <message>
            <source>receptionist</source>
            <translation>recepcionista</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>gerente</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
        </message>
        <message>
            <source>Type 4 to 8 digits, or a password of 10 characters or more.</source>
            <translation>Escriba de 4 a 8 dígitos, o una contraseña de 10 caracteres o más.</translation>
        </message>
        <message>
            <source>Room is out of order.</source>
            <translation>La habitación está fuera de servicio.</translation>
        </message>
        <message>
            <source>Pick another room, or put the room back in order first if it is ready.</source>
            <translation>Elija otra habitación, o vuelva a poner la habitación en servicio primero si ya está lista.</translation>
        </message>
        <message>
            <source>Room holds a stay in that time.</source>
            <translation>La habitación tiene una estancia en ese periodo.</translation>
        </message>
        <message>
            <source>Move the guests to another room or change the dates first, or choose an earlier 'until'.</source>
            <translation>Mueva antes a los huéspedes a otra habitación o cambie las fechas, o elija un 'hasta' anterior.</translation>
        </message>
        <message>
            <source>No door chosen.</source>
            <translation>No se ha elegido ninguna puerta.</translation>
        </message>
        <message>
            <source>Choose at least one door or room for the grant.</source>
            <translation>Elija al menos una puerta o habitación para el permiso.</translation>
        </message>
        <message>
            <source>Entrance not found.</source>
            <translation>Acceso no encontrado.</translation>
        </message>
        <message>
            <source>Check the door id with 'frontdesk entrances list'.</source>
            <translation>Revise el id de la puerta con 'frontdesk entrances list'.</translation>
        </message>
        <message>
            <source>Give times with an offset, e.g. 2026-11-22T15:00:00-08:00.</source>
            <translation>Indique las horas con desfase, p. ej. 2026-11-22T15:00:00-08:00.</translation>
        </message>
        <message>
            <source>The end is not after the start.</source>
            <translation>El fin no es posterior al inicio.</translation>
        </message>
        <message>
            <source>Choose an end date and time later than the start.</source>
            <translation>Elija una fecha y hora de fin posteriores al inicio.</translation>
        </message>
        <message>
            <source>This reservation has ended.</source>
            <translation>Esta reserva ha terminado.</translation>
        </message>
        <message>
            <source>The guest checked out; a new stay needs a new reservation key.</source>
            <translation>El huésped hizo el check-out; una estancia nueva necesita una clave de reserva nueva.</translation>
        </message>
        <message>
            <source>This reservation was overridden.</source>
            <translation>Esta reserva fue anulada.</translation>
        </message>
        <message>
            <source>A newer stay ({overridden_by}) took over its doors; check the guest in again with a new reservation key.</source>
            <translation>Una estancia más reciente ({overridden_by}) tomó sus puertas; vuelva a hacer el check-in del huésped con una clave de reserva nueva.</translation>
        </message>
        <message>
            <source>This change needs a second look.</source>
            <translation>Este cambio necesita una segunda revisión.</translation>
        </message>
        <message>
            <source>This change needs a second look: {reason}.</source>
            <translation>Este cambio necesita una segunda revisión: {reason}.</translation>
        </message>
        <message>
            <source>{hint} Only an administrator can make it anyway; it is then recorded in the audit as forced.</source>
            <translation>{hint} Solo un administrador puede hacerlo igualmente; entonces queda en la auditoría como forzado.</translation>
        </message>
        <message>
            <source>a staff card for every door</source>
            <translation>una tarjeta de personal para todas las puertas</translation>
        </message>
        <message>
            <source>Give the staff member only the door groups their work needs.</source>
            <translation>Dé al empleado solo los grupos de puertas que necesita su trabajo.</translation>
        </message>
        <message>
            <source>a staff card valid longer than a year</source>
            <translation>una tarjeta de personal válida más de un año</translation>
        </message>
        <message>
            <source>Give staff access for a year at most and renew it.</source>
            <translation>Dé acceso al personal como mucho por un año y renuévelo.</translation>
        </message>
        <message>
            <source>the key window ends before the longest live stay</source>
            <translation>la ventana de claves termina antes que la estancia en curso más larga</translation>
        </message>
        <message>
            <source>Cards of live stays would stop opening their doors; keep older cards working for {days} days or more (forced, those cards are flagged for re-encoding).</source>
            <translation>Las tarjetas de estancias en curso dejarían de abrir sus puertas; mantenga las tarjetas anteriores válidas {days} días o más (si se fuerza, esas tarjetas quedan marcadas para recodificar).</translation>
        </message>
        <message numerus="yes">
            <source>{n} stay is in house</source>
            <comment>{n} stays are in house</comment>
            <translation>
                <numerusform>{n} estancia está en el hotel</numerusform>
                <numerusform>{n} estancias están en el hotel</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the time zone when no guest is in house, or check every stay's times afterwards.</source>
            <translation>Cambie la zona horaria cuando no haya huéspedes en el hotel, o revise después las horas de cada estancia.</translation>
        </message>
        <message numerus="yes">
            <source>{n} minute</source>
            <comment>{n} minutes</comment>
            <translation>
                <numerusform>{n} minuto</numerusform>
                <numerusform>{n} minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} second</source>
            <comment>{n} seconds</comment>
            <translation>
                <numerusform>{n} segundo</numerusform>
                <numerusform>{n} segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Too many failed sign-ins for {name}: try again in {wait}.</source>
            <translation>Demasiados inicios de sesión fallidos de {name}: vuelva a intentarlo dentro de {wait}.</translation>
        </message>
        <message>
            <source>The password or PIN was wrong too many times in a row. Wait, then sign in with the right one; each further mistake doubles the wait (at most 15 minutes). If it was forgotten, ask an administrator.</source>
            <translation>La contraseña o el PIN fue incorrecto demasiadas veces seguidas. Espere y luego inicie sesión con el correcto; cada error más duplica la espera (como mucho 15 minutos). Si lo olvidó, pida ayuda a un administrador.</translation>
        </message>
        <message>
            <source>The {what} date is out of range.</source>
            <translation>La fecha ({what}) está fuera de rango.</translation>
        </message>
        <message>
            <source>Use a year from {earliest_year} to {latest_year}; check the year you typed.</source>
            <translation>Use un año de {earliest_year} a {latest_year}; revise el año que escribió.</translation>
        </message>
        <message>
            <source>The {what} time does not exist in {zone}.</source>
            <translation>La hora ({what}) no existe en {zone}.</translation>
        </message>
        <message>
            <source>On {day} the clocks jump from {jump:%H:%M} to {first:%H:%M}; choose a time before {jump:%H:%M}, or {first:%H:%M} or later.</source>
            <translation>El {day} los relojes saltan de {jump:%H:%M} a {first:%H:%M}; elija una hora anterior a {jump:%H:%M}, o {first:%H:%M} o posterior.</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>The stay is already over.</source>
            <translation>La estancia ya ha terminado.</translation>
        </message>
        <message>
            <source>Choose an end later than now; past stays cannot be given access.</source>
            <translation>Elija un fin posterior a ahora; no se puede dar acceso a estancias pasadas.</translation>
        </message>
        <message>
            <source>The stay starts too far ahead.</source>
            <translation>La estancia empieza demasiado lejos.</translation>
        </message>
        <message>
            <source>A stay can start at most two years from today; check the year.</source>
            <translation>Una estancia puede empezar como mucho dentro de dos años; revise el año.</translation>
        </message>
        <message>
            <source>The stay is longer than a year.</source>
            <translation>La estancia dura más de un año.</translation>
        </message>
        <message>
            <source>A stay lasts at most 366 days; give new access when this one ends.</source>
            <translation>Una estancia dura como mucho 366 días; dé un acceso nuevo cuando termine esta.</translation>
        </message>
        <message>
            <source>The {what} time does not exist in its time zone.</source>
            <translation>La hora ({what}) no existe en su zona horaria.</translation>
        </message>
        <message>
            <source>The clocks jump forward at that hour; choose a time before or after the jump.</source>
            <translation>Los relojes se adelantan a esa hora; elija una hora antes o después del salto.</translation>
        </message>
        <message>
            <source>Audit row {id} was changed after it was written.</source>
            <translation>La fila de auditoría {id} se modificó después de escribirse.</translation>
        </message>
        <message>
            <source>Audit row {id} was deleted.</source>
            <translation>La fila de auditoría {id} se borró.</translation>
        </message>
        <message>
            <source>Audit row {id} was inserted afterwards; the desk did not write it there.</source>
            <translation>La fila de auditoría {id} se insertó después; la recepción no la escribió ahí.</translation>
        </message>
        <message>
            <source>Someone changed the database outside the desk. Keep a copy of the database as evidence, compare it with your latest backup, and tell the property's security contact; the rows before it are intact.</source>
            <translation>Alguien modificó la base de datos fuera de la recepción. Guarde una copia de la base de datos como prueba, compárela con su última copia de seguridad e informe al responsable de seguridad de la propiedad; las filas anteriores están intactas.</translation>
        </message>
        <message>
            <source>The database cannot be opened.</source>
            <translation>No se puede abrir la base de datos.</translation>
        </message>
        <message>
            <source>Check the database address ({address}) and that the server is running; see the log for the driver's message.</source>
            <translation>Revise la dirección de la base de datos ({address}) y que el servidor esté en marcha; vea el registro para el mensaje del controlador.</translation>
        </message>
        <message>
            <source>Door not found.</source>
            <translation>Puerta no encontrada.</translation>
        </message>
        <message>
            <source>Check the entrance id with 'frontdesk entrances list'.</source>
            <translation>Revise el id del acceso con 'frontdesk entrances list'.</translation>
        </message>
        <message>
            <source>This door has no card lock.</source>
            <translation>Esta puerta no tiene cerradura de tarjeta.</translation>
        </message>
        <message>
            <source>Tap cards only at doors that take key cards ('frontdesk entrances list').</source>
            <translation>Acerque tarjetas solo a puertas que admiten tarjetas ('frontdesk entrances list').</translation>
        </message>
        <message>
            <source>The tap time has no time zone.</source>
            <translation>La hora de la lectura no tiene zona horaria.</translation>
        </message>
        <message>
            <source>Give the time with its offset.</source>
            <translation>Indique la hora con su desfase.</translation>
        </message>
        <message>
            <source>Card reader service not available.</source>
            <translation>El servicio del lector de tarjetas no está disponible.</translation>
        </message>
        <message>
            <source>Install and start pcscd (the PC/SC service) and the pyscard package, then try again.</source>
            <translation>Instale e inicie pcscd (el servicio PC/SC) y el paquete pyscard, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>No card reader found.</source>
            <translation>No se encontró ningún lector de tarjetas.</translation>
        </message>
        <message>
            <source>Plug in the card encoder (or choose another reader in the settings) and try again.</source>
            <translation>Conecte el codificador de tarjetas (o elija otro lector en los ajustes) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>No card on the reader.</source>
            <translation>No hay ninguna tarjeta en el lector.</translation>
        </message>
        <message>
            <source>Place a key card flat on the reader, then try again.</source>
            <translation>Coloque una tarjeta plana sobre el lector y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The card reader is in use by another program.</source>
            <translation>Otro programa está usando el lector de tarjetas.</translation>
        </message>
        <message>
            <source>Close the other program that uses the reader, then try again.</source>
            <translation>Cierre el otro programa que usa el lector y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The card was removed from the reader.</source>
            <translation>Se retiró la tarjeta del lector.</translation>
        </message>
        <message>
            <source>Put the card back on the reader and try again.</source>
            <translation>Vuelva a poner la tarjeta en el lector e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The card was removed while it was being written.</source>
            <translation>Se retiró la tarjeta mientras se escribía.</translation>
        </message>
        <message>
            <source>Put it back on the reader and encode it again; it is not issued.</source>
            <translation>Vuelva a ponerla en el lector y codifíquela de nuevo; no está emitida.</translation>
        </message>
        <message>
            <source>A different card is on the reader.</source>
            <translation>Hay otra tarjeta en el lector.</translation>
        </message>
        <message>
            <source>Put back the card you started with, or start encoding again with this card; it is not issued.</source>
            <translation>Vuelva a poner la tarjeta con la que empezó, o empiece a codificar de nuevo con esta tarjeta; no está emitida.</translation>
        </message>
        <message>
            <source>This card type is not supported.</source>
            <translation>Este tipo de tarjeta no es compatible.</translation>
        </message>
        <message>
            <source>Use a MIFARE Classic 1K, NTAG213, NTAG215 or NTAG216 key card.</source>
            <translation>Use una tarjeta MIFARE Classic 1K, NTAG213, NTAG215 o NTAG216.</translation>
        </message>
        <message>
            <source>The card refused to be written.</source>
            <translation>La tarjeta no se dejó escribir.</translation>
        </message>
        <message>
            <source>It is write-protected or belongs to another system (its keys are not this property's); use another card.</source>
            <translation>Está protegida contra escritura o pertenece a otro sistema (sus claves no son de esta propiedad); use otra tarjeta.</translation>
        </message>
        <message>
            <source>The card did not read back what was written.</source>
            <translation>La tarjeta no devolvió al leerla lo que se escribió.</translation>
        </message>
        <message>
            <source>Encode it again; if it happens again, use another card. It is not issued.</source>
            <translation>Codifíquela de nuevo; si vuelve a ocurrir, use otra tarjeta. No está emitida.</translation>
        </message>
        <message>
            <source>The card data does not fit on this card.</source>
            <translation>Los datos no caben en esta tarjeta.</translation>
        </message>
        <message>
            <source>Use a card with more memory, or grant fewer doors on one card.</source>
            <translation>Use una tarjeta con más memoria, o dé menos puertas en una tarjeta.</translation>
        </message>
        <message>
            <source>Card keys are needed for MIFARE Classic cards.</source>
            <translation>Las tarjetas MIFARE Classic necesitan claves de tarjeta.</translation>
        </message>
        <message>
            <source>Set up the property's card secret before encoding Classic cards.</source>
            <translation>Configure el secreto de tarjetas de la propiedad antes de codificar tarjetas Classic.</translation>
        </message>
        <message>
            <source>The card access settings are not usable.</source>
            <translation>Los ajustes de acceso de la tarjeta no se pueden usar.</translation>
        </message>
        <message>
            <source>The trailer access bits must let key B read and write the card; check the property's card settings.</source>
            <translation>Los bits de acceso del trailer deben permitir a la clave B leer y escribir la tarjeta; revise los ajustes de tarjeta de la propiedad.</translation>
        </message>
        <message>
            <source>This card belongs to another property and is protected with its keys.</source>
            <translation>Esta tarjeta pertenece a otro establecimiento y está protegida con sus claves.</translation>
        </message>
        <message>
            <source>Nothing was written. Give the card back to that property and use another card.</source>
            <translation>No se escribió nada. Devuelva la tarjeta a ese establecimiento y use otra tarjeta.</translation>
        </message>
        <message>
            <source>This card was revoked while it was being written.</source>
            <translation>Esta tarjeta se revocó mientras se escribía.</translation>
        </message>
        <message>
            <source>Encode the card again; the desk lists this one as not issued.</source>
            <translation>Codifique la tarjeta de nuevo; la recepción la registra como no emitida.</translation>
        </message>
        <message>
            <source>This card belongs to another property (number {theirs}) and is protected with its keys.</source>
            <translation>Esta tarjeta pertenece a otro establecimiento (número {theirs}) y está protegida con sus claves.</translation>
        </message>
        <message>
            <source>This card belongs to no access grant.</source>
            <translation>Esta tarjeta no pertenece a ningún permiso de acceso.</translation>
        </message>
        <message>
            <source>Encode a new card instead.</source>
            <translation>Codifique una tarjeta nueva en su lugar.</translation>
        </message>
        <message>
            <source>No secure keyring is available for the card secret.</source>
            <translation>No hay un llavero seguro para el secreto de tarjetas.</translation>
        </message>
        <message>
            <source>Start or unlock the desktop keyring (GNOME Keyring or KWallet, macOS Keychain, Windows Credential Locker); key cards cannot be encoded or read without it.</source>
            <translation>Inicie o desbloquee el llavero del escritorio (GNOME Keyring o KWallet, Llavero de macOS, Administrador de credenciales de Windows); sin él no se pueden codificar ni leer tarjetas.</translation>
        </message>
        <message>
            <source>This computer does not hold the property's card secret.</source>
            <translation>Este ordenador no tiene el secreto de tarjetas de la propiedad.</translation>
        </message>
        <message>
            <source>Encode cards on the workstation that set up the card keys, or copy the secret into this computer's keyring (see docs/security.md).</source>
            <translation>Codifique tarjetas en el puesto que configuró las claves de tarjeta, o copie el secreto en el llavero de este ordenador (vea docs/security.md).</translation>
        </message>
        <message>
            <source>The published header key writes nothing.</source>
            <translation>La clave pública de la cabecera no escribe nada.</translation>
        </message>
        <message>
            <source>Use the property's keys.</source>
            <translation>Use las claves del establecimiento.</translation>
        </message>
        <message>
            <source>The keyring is locked.</source>
            <translation>El llavero está bloqueado.</translation>
        </message>
        <message>
            <source>Unlock the desktop keyring, then try again.</source>
            <translation>Desbloquee el llavero del escritorio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The keyring could not {what} the card secret.</source>
            <translation>El llavero no pudo {what} el secreto de tarjetas.</translation>
        </message>
        <message>
            <source>Unlock or repair the desktop keyring ({backend}), then try again.</source>
            <translation>Desbloquee o repare el llavero del escritorio ({backend}) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The rotation window cannot be negative.</source>
            <translation>La ventana del cambio de claves no puede ser negativa.</translation>
        </message>
        <message>
            <source>Give a window of 0 days or more.</source>
            <translation>Indique una ventana de 0 días o más.</translation>
        </message>
        <message>
            <source>All 255 card key versions are used.</source>
            <translation>Se han usado las 255 versiones de clave de tarjeta.</translation>
        </message>
        <message>
            <source>Set the property up with a new property number to start again.</source>
            <translation>Configure la propiedad con un número de propiedad nuevo para empezar de nuevo.</translation>
        </message>
        <message>
            <source>The card secret in the keyring is damaged.</source>
            <translation>El secreto de tarjetas del llavero está dañado.</translation>
        </message>
        <message>
            <source>Restore the property's card secret into the keyring (see docs/security.md).</source>
            <translation>Restaure el secreto de tarjetas de la propiedad en el llavero (vea docs/security.md).</translation>
        </message>
        <message>
            <source>Emergency cards</source>
            <translation>Las tarjetas de emergencia</translation>
        </message>
        <message>
            <source>Room-blocking cards</source>
            <translation>Las tarjetas de bloqueo de habitación</translation>
        </message>
        <message>
            <source>{what} are valid for at most {most:g} hours.</source>
            <translation>{what} son válidas como mucho {most:g} horas.</translation>
        </message>
        <message>
            <source>Give a validity between a few minutes and {most:g} hours.</source>
            <translation>Indique una validez entre unos minutos y {most:g} horas.</translation>
        </message>
        <message>
            <source>No reason given.</source>
            <translation>No se ha indicado ningún motivo.</translation>
        </message>
        <message>
            <source>Say why the card is needed; the audit keeps it.</source>
            <translation>Diga por qué se necesita la tarjeta; la auditoría lo guarda.</translation>
        </message>
        <message>
            <source>No door takes key cards.</source>
            <translation>Ninguna puerta admite tarjetas.</translation>
        </message>
        <message>
            <source>Add a door with a card lock first.</source>
            <translation>Añada primero una puerta con cerradura de tarjeta.</translation>
        </message>
        <message>
            <source>Name the card doors to block (see 'frontdesk entrances list').</source>
            <translation>Indique las puertas de tarjeta que bloquear (vea 'frontdesk entrances list').</translation>
        </message>
        <message>
            <source>These doors take no key cards.</source>
            <translation>Estas puertas no admiten tarjetas.</translation>
        </message>
        <message>
            <source>The card on the reader still works for someone else.</source>
            <translation>La tarjeta del lector todavía sirve a otra persona.</translation>
        </message>
        <message>
            <source>Put a blank card on the reader, or write over it with --overwrite (that card then stops working).</source>
            <translation>Ponga una tarjeta en blanco en el lector, o sobrescríbala con --overwrite (esa tarjeta deja entonces de funcionar).</translation>
        </message>
        <message>
            <source>None of these doors takes key cards.</source>
            <translation>Ninguna de estas puertas admite tarjetas.</translation>
        </message>
        <message>
            <source>Give this access a PIN code instead, or add a door with a card lock.</source>
            <translation>Dé a este acceso un código PIN en su lugar, o añada una puerta con cerradura de tarjeta.</translation>
        </message>
        <message>
            <source>One-shot cards are for staff access (a contractor's visit), not for guests.</source>
            <translation>Las tarjetas de un solo uso son para acceso de personal (la visita de un contratista), no para huéspedes.</translation>
        </message>
        <message>
            <source>Make staff access for the visit first ('frontdesk cards one-shot' does both).</source>
            <translation>Cree primero el acceso de personal para la visita ('frontdesk cards one-shot' hace ambas cosas).</translation>
        </message>
        <message>
            <source>Only staff cards have shifts.</source>
            <translation>Solo las tarjetas de personal tienen turnos.</translation>
        </message>
        <message>
            <source>Give the shift to a staff member's card.</source>
            <translation>Asigne el turno a la tarjeta de un miembro del personal.</translation>
        </message>
        <message>
            <source>This access has ended.</source>
            <translation>Este acceso ha terminado.</translation>
        </message>
        <message>
            <source>Encode cards only for live access; check the guest in again.</source>
            <translation>Codifique tarjetas solo para accesos en curso; vuelva a hacer el check-in del huésped.</translation>
        </message>
        <message>
            <source>This access does not include a key card.</source>
            <translation>Este acceso no incluye tarjeta.</translation>
        </message>
        <message>
            <source>Grant it again with the card method.</source>
            <translation>Vuelva a darlo con el método de tarjeta.</translation>
        </message>
        <message>
            <source>This access has already expired.</source>
            <translation>Este acceso ya ha caducado.</translation>
        </message>
        <message>
            <source>Change the dates of the stay first.</source>
            <translation>Cambie primero las fechas de la estancia.</translation>
        </message>
        <message>
            <source>These doors are in different time zones.</source>
            <translation>Estas puertas están en zonas horarias distintas.</translation>
        </message>
        <message>
            <source>Encode one card per time zone.</source>
            <translation>Codifique una tarjeta por zona horaria.</translation>
        </message>
        <message>
            <source>This stay was overridden by a newer one on its doors.</source>
            <translation>Una estancia más reciente anuló esta en sus puertas.</translation>
        </message>
        <message>
            <source>Its cards would be refused there; encode cards for the stay now in the room.</source>
            <translation>Allí se rechazarían sus tarjetas; codifique tarjetas para la estancia que ocupa ahora la habitación.</translation>
        </message>
        <message>
            <source>Card does not open with this property's keys.</source>
            <translation>La tarjeta no abre con las claves de esta propiedad.</translation>
        </message>
        <message>
            <source>It belongs to another system or another property; encode a blank card instead.</source>
            <translation>Pertenece a otro sistema o a otra propiedad; codifique una tarjeta en blanco en su lugar.</translation>
        </message>
        <message>
            <source>This card is already cancelled.</source>
            <translation>Esta tarjeta ya está cancelada.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>No hay nada que hacer.</translation>
        </message>
        <message>
            <source>This card was encoded again since: it no longer exists.</source>
            <translation>Esta tarjeta se ha vuelto a codificar desde entonces: ya no existe.</translation>
        </message>
        <message>
            <source>Cancel the card that chip holds now ('frontdesk cards read' shows its serial).</source>
            <translation>Cancele la tarjeta que tiene ahora ese chip ('frontdesk cards read' muestra su número de serie).</translation>
        </message>
        <message>
            <source>No card encoder driver called '{name}'.</source>
            <translation>No hay ningún controlador de codificador llamado '{name}'.</translation>
        </message>
        <message>
            <source>Installed encoder drivers: {drivers}.</source>
            <translation>Controladores de codificador instalados: {drivers}.</translation>
        </message>
        <message numerus="yes">
            <source>{n} code of the old lock ends at the desk: the factory reset wiped it from the door.</source>
            <comment>{n} codes of the old lock end at the desk: the factory reset wiped them from the door.</comment>
            <translation>
                <numerusform>{n} código de la cerradura antigua termina en recepción: el reinicio de fábrica lo borró de la puerta.</numerusform>
                <numerusform>{n} códigos de la cerradura antigua terminan en recepción: el reinicio de fábrica los borró de la puerta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{doors} now uses the new lock.</source>
            <comment>{doors} now use the new lock.</comment>
            <translation>
                <numerusform>{doors} usa ahora la cerradura nueva.</numerusform>
                <numerusform>{doors} usan ahora la cerradura nueva.</numerusform>
            </translation>
        </message>
        <message>
            <source>the card was cancelled</source>
            <translation>la tarjeta se canceló</translation>
        </message>
        <message>
            <source>the card was revoked (its access ended)</source>
            <translation>la tarjeta se revocó (su acceso terminó)</translation>
        </message>
        <message>
            <source>the card was encoded again for something else</source>
            <translation>la tarjeta se volvió a codificar para otra cosa</translation>
        </message>
        <message>
            <source>the card was written over for another stay</source>
            <translation>la tarjeta se sobrescribió para otra estancia</translation>
        </message>
        <message>
            <source>the card's write failed, it holds no key</source>
            <translation>falló la escritura de la tarjeta, no lleva ninguna llave</translation>
        </message>
        <message>
            <source>the card's write was never confirmed and it has been revoked</source>
            <translation>la escritura de la tarjeta nunca se confirmó y se ha revocado</translation>
        </message>
        <message>
            <source>the card was handed back at check-out</source>
            <translation>la tarjeta se devolvió en el check-out</translation>
        </message>
        <message>
            <source>No stay or code matches.</source>
            <translation>Ninguna estancia ni código coincide.</translation>
        </message>
        <message>
            <source>Check the reservation number or the code's id, or search by the guest's room on the rack.</source>
            <translation>Revise el número de reserva o el id del código, o busque por la habitación del huésped en el panel.</translation>
        </message>
        <message>
            <source>the card is valid: check the card is held flat on the reader and the lock's battery</source>
            <translation>la tarjeta es válida: compruebe que se sostiene plana sobre el lector y la pila de la cerradura</translation>
        </message>
        <message>
            <source>Hello {guest},</source>
            <translation>Hola, {guest}:</translation>
        </message>
        <message>
            <source>Hello,</source>
            <translation>Hola:</translation>
        </message>
        <message>
            <source>{greeting} here are your door codes:</source>
            <translation>{greeting} estos son sus códigos de puerta:</translation>
        </message>
        <message>
            <source>{greeting} please come to the front desk: we will give you your key there.</source>
            <translation>{greeting} por favor, pase por la recepción: allí le daremos su llave.</translation>
        </message>
        <message>
            <source>{greeting} the front desk is preparing a door code for you and will send it in a moment.</source>
            <translation>{greeting} la recepción está preparando un código de puerta para usted y se lo enviará en un momento.</translation>
        </message>
        <message>
            <source>Type the code on the keypad. If a door still does not open, call the front desk.</source>
            <translation>Escriba el código en el teclado. Si una puerta sigue sin abrir, llame a la recepción.</translation>
        </message>
        <message>
            <source>Reached the lock at {when}.</source>
            <translation>Llegó a la cerradura a las {when}.</translation>
        </message>
        <message>
            <source>Last used at the door at {when}.</source>
            <translation>Usado por última vez en la puerta a las {when}.</translation>
        </message>
        <message>
            <source>{reason}; encode a new one</source>
            <translation>{reason}; codifique una nueva</translation>
        </message>
        <message>
            <source>the card's write did not finish; encode a new one</source>
            <translation>la escritura de la tarjeta no terminó; codifique una nueva</translation>
        </message>
        <message>
            <source>a newer stay took over the room; this card is overridden</source>
            <translation>una estancia más reciente tomó la habitación; esta tarjeta está sustituida</translation>
        </message>
        <message>
            <source>the card is not valid yet</source>
            <translation>la tarjeta aún no es válida</translation>
        </message>
        <message>
            <source>the card has expired; re-encode it with the new dates</source>
            <translation>la tarjeta ha caducado; vuelva a codificarla con las fechas nuevas</translation>
        </message>
        <message>
            <source>re-encode the card ({reason})</source>
            <translation>vuelva a codificar la tarjeta ({reason})</translation>
        </message>
        <message>
            <source>Not used at the door yet.</source>
            <translation>Aún no se ha usado en la puerta.</translation>
        </message>
        <message>
            <source>- {door}: {pin} until {when}</source>
            <translation>- {door}: {pin} hasta las {when}</translation>
        </message>
        <message>
            <source>- {door}: {pin}</source>
            <translation>- {door}: {pin}</translation>
        </message>
        <message>
            <source>The stay starts {when}: no key of it opens a door before then. Get the guest in now starts it now.</source>
            <translation>La estancia empieza a las {when}: ninguna de sus llaves abre una puerta antes. «Dar acceso ahora» la empieza ya.</translation>
        </message>
        <message>
            <source>The keypad of {door} is offline: new codes cannot reach it until it is back online.</source>
            <translation>El teclado de {door} está sin conexión: los códigos nuevos no le llegan hasta que vuelva a estar en línea.</translation>
        </message>
        <message>
            <source>No PIN of this stay works now: pull a backup PIN, it works at once.</source>
            <translation>Ningún PIN de esta estancia funciona ahora: saque un PIN de reserva, funciona al instante.</translation>
        </message>
        <message>
            <source>This stay has no key card and no PIN: encode a card for the guest.</source>
            <translation>Esta estancia no tiene tarjeta ni PIN: codifique una tarjeta para el huésped.</translation>
        </message>
        <message>
            <source>Codes and cards look right: check the guest types the code shown and the lock has power.</source>
            <translation>Los códigos y las tarjetas parecen correctos: compruebe que el huésped escribe el código mostrado y que la cerradura tiene corriente.</translation>
        </message>
        <message>
            <source>{door}: the PIN does not work now ({reason}). Pull a backup PIN.</source>
            <translation>{door}: el PIN no funciona ahora ({reason}). Saque un PIN de reserva.</translation>
        </message>
        <message>
            <source>Card {serial}: {reason}</source>
            <translation>Tarjeta {serial}: {reason}</translation>
        </message>
        <message>
            <source>details changed</source>
            <translation>cambiaron los detalles</translation>
        </message>
        <message>
            <source>Offline PIN codes need a start and an end.</source>
            <translation>Los códigos PIN sin conexión necesitan un inicio y un fin.</translation>
        </message>
        <message>
            <source>Give --starts-at and --ends-at; an offline lock only takes codes for a stay.</source>
            <translation>Indique --starts-at y --ends-at; una cerradura sin conexión solo admite códigos para una estancia.</translation>
        </message>
        <message>
            <source>Only offline (time-slot) codes can be one-time-use.</source>
            <translation>Solo los códigos sin conexión (de franja horaria) pueden ser de un solo uso.</translation>
        </message>
        <message>
            <source>Leave one-time use off for this lock, or choose an offline lock.</source>
            <translation>Desactive el uso único para esta cerradura, o elija una cerradura sin conexión.</translation>
        </message>
        <message>
            <source>Only a code with a start and an end can use the backup pool.</source>
            <translation>Solo un código con inicio y fin puede usar la reserva de códigos.</translation>
        </message>
        <message>
            <source>Give --starts-at and --ends-at, or leave out --use-backup-pool.</source>
            <translation>Indique --starts-at y --ends-at, u omita --use-backup-pool.</translation>
        </message>
        <message>
            <source>An offline lock computes its own PINs.</source>
            <translation>Una cerradura sin conexión calcula sus propios PIN.</translation>
        </message>
        <message>
            <source>Leave --code out for offline (time-slot) locks.</source>
            <translation>Omita --code para las cerraduras sin conexión (de franja horaria).</translation>
        </message>
        <message>
            <source>This PIN key file cannot be opened.</source>
            <translation>No se puede abrir este archivo de clave de los PIN.</translation>
        </message>
        <message>
            <source>Check the passphrase (it is case-sensitive) and that the file is the one the export wrote.</source>
            <translation>Compruebe la frase de paso (distingue mayúsculas) y que el archivo sea el que escribió la exportación.</translation>
        </message>
        <message>
            <source>The passphrase is shorter than {SHORTEST_PASSPHRASE} characters.</source>
            <translation>La frase de paso tiene menos de {SHORTEST_PASSPHRASE} caracteres.</translation>
        </message>
        <message>
            <source>Choose a longer one: the file may travel on a USB stick or by mail.</source>
            <translation>Elija una más larga: el archivo puede viajar en un USB o por correo.</translation>
        </message>
        <message>
            <source>This database has no PIN key yet.</source>
            <translation>Esta base de datos aún no tiene clave de los PIN.</translation>
        </message>
        <message>
            <source>It is made with the first PIN code.</source>
            <translation>Se crea con el primer código PIN.</translation>
        </message>
        <message>
            <source>This PIN key file is for another database.</source>
            <translation>Este archivo de clave de los PIN es de otra base de datos.</translation>
        </message>
        <message>
            <source>Export the key on a workstation of this database.</source>
            <translation>Exporte la clave en un puesto de esta base de datos.</translation>
        </message>
        <message>
            <source>This workstation holds a different key under the same id.</source>
            <translation>Este puesto guarda una clave distinta con el mismo identificador.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <source>The file already exists.</source>
            <translation>El archivo ya existe.</translation>
        </message>
        <message>
            <source>Give a new file name; nothing was overwritten.</source>
            <translation>Indique un nombre de archivo nuevo; no se sobrescribió nada.</translation>
        </message>
        <message>
            <source>No secure keyring is available for the PIN key.</source>
            <translation>No hay un llavero seguro para la clave de los PIN.</translation>
        </message>
        <message>
            <source>Start or unlock the desktop keyring (GNOME Keyring or KWallet, macOS Keychain, Windows Credential Locker); PIN codes are not stored in clear.</source>
            <translation>Inicie o desbloquee el llavero del escritorio (GNOME Keyring o KWallet, Llavero de macOS, Administrador de credenciales de Windows); los códigos PIN no se guardan en claro.</translation>
        </message>
        <message>
            <source>A time without a time zone was given.</source>
            <translation>Se dio una hora sin zona horaria.</translation>
        </message>
        <message>
            <source>Pass timezone-aware datetimes.</source>
            <translation>Pase fechas y horas con zona horaria.</translation>
        </message>
        <message>
            <source>The lock provider could not do this.</source>
            <translation>El proveedor de cerraduras no pudo hacerlo.</translation>
        </message>
        <message>
            <source>Look at the provider's message below; if it keeps happening, ask your IT contact.</source>
            <translation>Lea el mensaje del proveedor debajo; si sigue ocurriendo, consulte a su contacto de informática.</translation>
        </message>
        <message>
            <source>The lock provider cannot be reached.</source>
            <translation>No se puede contactar con el proveedor de cerraduras.</translation>
        </message>
        <message>
            <source>Check the internet connection; the desk keeps working and sends pending changes later.</source>
            <translation>Revise la conexión a internet; la recepción sigue funcionando y envía los cambios pendientes más tarde.</translation>
        </message>
        <message>
            <source>The lock provider refused the API key.</source>
            <translation>El proveedor de cerraduras rechazó la clave API.</translation>
        </message>
        <message>
            <source>Store a valid key with: frontdesk provider set --endpoint URL --api-key-stdin</source>
            <translation>Guarde una clave válida con: frontdesk provider set --endpoint URL --api-key-stdin</translation>
        </message>
        <message>
            <source>The lock provider sent an answer the desk cannot read.</source>
            <translation>El proveedor de cerraduras envió una respuesta que la recepción no puede leer.</translation>
        </message>
        <message>
            <source>Check the provider endpoint in the settings; it may point at the wrong server.</source>
            <translation>Revise la dirección del proveedor en los ajustes; puede apuntar al servidor equivocado.</translation>
        </message>
        <message>
            <source>The lock provider does not offer this operation.</source>
            <translation>El proveedor de cerraduras no ofrece esta operación.</translation>
        </message>
        <message>
            <source>Use a provider that supports it, or do the change code by code.</source>
            <translation>Use un proveedor que la admita, o haga el cambio código a código.</translation>
        </message>
        <message>
            <source>The lock provider rejected the request.</source>
            <translation>El proveedor de cerraduras rechazó la petición.</translation>
        </message>
        <message>
            <source>Check the dates, the PIN and the door; the provider's message says what it did not accept.</source>
            <translation>Revise las fechas, el PIN y la puerta; el mensaje del proveedor dice qué no aceptó.</translation>
        </message>
        <message>
            <source>The lock provider does not know this door or code.</source>
            <translation>El proveedor de cerraduras no conoce esta puerta o código.</translation>
        </message>
        <message>
            <source>It may have been removed at the provider; refresh the list of doors and codes.</source>
            <translation>Puede que se haya quitado en el proveedor; actualice la lista de puertas y códigos.</translation>
        </message>
        <message>
            <source>The lock provider reports a conflict.</source>
            <translation>El proveedor de cerraduras informa de un conflicto.</translation>
        </message>
        <message>
            <source>Refresh and try again; the provider's message says what clashed.</source>
            <translation>Actualice y vuelva a intentarlo; el mensaje del proveedor dice qué chocó.</translation>
        </message>
        <message>
            <source>This PIN is already in use on the lock.</source>
            <translation>Este PIN ya se usa en la cerradura.</translation>
        </message>
        <message>
            <source>Choose another PIN, or leave it empty and let the provider pick one.</source>
            <translation>Elija otro PIN, o déjelo vacío y deje que el proveedor elija uno.</translation>
        </message>
        <message>
            <source>No driver called '{name}'.</source>
            <translation>No hay ningún controlador llamado '{name}'.</translation>
        </message>
        <message>
            <source>Installed drivers: {known}.</source>
            <translation>Controladores instalados: {known}.</translation>
        </message>
        <message>
            <source>The '{name}' driver cannot be used on this computer.</source>
            <translation>El controlador '{name}' no se puede usar en este ordenador.</translation>
        </message>
        <message>
            <source>A library it needs is missing ({library}); install it or choose another driver.</source>
            <translation>Falta una biblioteca que necesita ({library}); instálela o elija otro controlador.</translation>
        </message>
        <message>
            <source>Missing here: {reason}. Install it, or choose another driver.</source>
            <translation>Falta aquí: {reason}. Instálelo, o elija otro controlador.</translation>
        </message>
        <message>
            <source>A library or system service it needs is missing; install it, or choose another driver.</source>
            <translation>Falta una biblioteca o un servicio del sistema que necesita; instálelo, o elija otro controlador.</translation>
        </message>
        <message>
            <source>The keyring chosen in keyringrc.cfg is not one the desk trusts with secrets.</source>
            <translation>El llavero elegido en keyringrc.cfg no es uno al que la recepción confíe secretos.</translation>
        </message>
        <message>
            <source>Remove the default-keyring line from {where} so that the desk uses the OS keyring ({keyrings}).</source>
            <translation>Quite la línea default-keyring de {where} para que la recepción use el llavero del sistema ({keyrings}).</translation>
        </message>
        <message>
            <source>The keyring chosen in {variable} is not one the desk trusts with secrets.</source>
            <translation>El llavero elegido en {variable} no es uno al que la recepción confíe secretos.</translation>
        </message>
        <message>
            <source>Unset {variable} so that the desk uses the OS keyring ({keyrings}).</source>
            <translation>Quite {variable} para que la recepción use el llavero del sistema ({keyrings}).</translation>
        </message>
        <message>
            <source>No such operator.</source>
            <translation>No existe ese operador.</translation>
        </message>
        <message>
            <source>See 'frontdesk operators list'.</source>
            <translation>Vea 'frontdesk operators list'.</translation>
        </message>
        <message>
            <source>An operator with this name exists.</source>
            <translation>Ya existe un operador con este nombre.</translation>
        </message>
        <message>
            <source>Choose another name.</source>
            <translation>Elija otro nombre.</translation>
        </message>
        <message>
            <source>The last administrator cannot be disabled.</source>
            <translation>No se puede desactivar al último administrador.</translation>
        </message>
        <message>
            <source>Create another administrator first (frontdesk operators create NAME --role admin).</source>
            <translation>Cree antes otro administrador (frontdesk operators create NAME --role admin).</translation>
        </message>
        <message>
            <source>This operator is disabled.</source>
            <translation>Este operador está desactivado.</translation>
        </message>
        <message>
            <source>Create a new operator for the script.</source>
            <translation>Cree un operador nuevo para el script.</translation>
        </message>
        <message>
            <source>No secure keyring is available for the sign-in session.</source>
            <translation>No hay un llavero seguro para la sesión.</translation>
        </message>
        <message>
            <source>Start or unlock the desktop keyring, or give a script's token in FRONTDESK_TOKEN.</source>
            <translation>Inicie o desbloquee el llavero del escritorio, o indique el token de un script en FRONTDESK_TOKEN.</translation>
        </message>
        <message>
            <source>This database holds another property.</source>
            <translation>Esta base de datos contiene otra propiedad.</translation>
        </message>
        <message>
            <source>'demo --reset' empties the database; {name} is not the demo. Point --database at the demo's database.</source>
            <translation>'demo --reset' vacía la base de datos; {name} no es la demo. Apunte --database a la base de datos de la demo.</translation>
        </message>
        <message>
            <source>The lock provider's address is not the one its API key was given for.</source>
            <translation>La dirección del proveedor de cerraduras no es aquella para la que se dio su clave API.</translation>
        </message>
        <message>
            <source>Someone changed the provider address outside this workstation (the shared database or FRONTDESK_PROVIDER_ENDPOINT). The desk does not send the API key there. If the new address is right, an administrator sets the lock provider again with its API key.</source>
            <translation>Alguien cambió la dirección del proveedor fuera de este puesto (la base de datos compartida o FRONTDESK_PROVIDER_ENDPOINT). La recepción no envía allí la clave API. Si la dirección nueva es correcta, un administrador vuelve a configurar el proveedor de cerraduras con su clave API.</translation>
        </message>
        <message>
            <source>The keyring refused to store the API key.</source>
            <translation>El llavero se negó a guardar la clave API.</translation>
        </message>
        <message>
            <source>Unlock the desktop keyring ({backend}), then try again.</source>
            <translation>Desbloquee el llavero del escritorio ({backend}) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>No provider driver given.</source>
            <translation>No se indicó ningún controlador de proveedor.</translation>
        </message>
        <message>
            <source>Use --driver seam (or simulated).</source>
            <translation>Use --driver seam (o simulated).</translation>
        </message>
        <message>
            <source>The provider endpoint is not a web address.</source>
            <translation>La dirección del proveedor no es una dirección web.</translation>
        </message>
        <message>
            <source>Write it like https://connect.getseam.com.</source>
            <translation>Escríbala como https://connect.getseam.com.</translation>
        </message>
        <message>
            <source>A plain http:// provider address is refused.</source>
            <translation>Se rechaza una dirección de proveedor http:// sin cifrar.</translation>
        </message>
        <message>
            <source>Use https://: the API key would cross the network unencrypted. Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost).</source>
            <translation>Use https://: la clave API cruzaría la red sin cifrar. http sin cifrar solo se permite en este ordenador (127.0.0.1, ::1 o localhost).</translation>
        </message>
        <message>
            <source>The API key is empty.</source>
            <translation>La clave API está vacía.</translation>
        </message>
        <message>
            <source>Pipe the key on standard input, e.g. from a file.</source>
            <translation>Pase la clave por la entrada estándar, p. ej. desde un archivo.</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>zona horaria</translation>
        </message>
        <message>
            <source>Invalid {what}.</source>
            <translation>{what} no válido.</translation>
        </message>
        <message>
            <source>Use lowercase letters, digits and single dashes only (e.g. room-101), at most 64 characters.</source>
            <translation>Use solo minúsculas, dígitos y guiones sueltos (p. ej. room-101), como mucho 64 caracteres.</translation>
        </message>
        <message>
            <source>The {what} cannot be empty.</source>
            <translation>El campo {what} no puede estar vacío.</translation>
        </message>
        <message>
            <source>Type a {what} of at most 200 characters.</source>
            <translation>Escriba un {what} de 200 caracteres como mucho.</translation>
        </message>
        <message>
            <source>A door must take at least one credential.</source>
            <translation>Una puerta debe admitir al menos un medio de acceso.</translation>
        </message>
        <message>
            <source>Choose card, online PIN or offline PIN.</source>
            <translation>Elija tarjeta, PIN en línea o PIN sin conexión.</translation>
        </message>
        <message>
            <source>A PIN door needs its device id.</source>
            <translation>Una puerta con PIN necesita el id de su dispositivo.</translation>
        </message>
        <message>
            <source>Give the lock's device id at the lock provider (see 'frontdesk devices list').</source>
            <translation>Indique el id del dispositivo de la cerradura en el proveedor (vea 'frontdesk devices list').</translation>
        </message>
        <message>
            <source>entrance id</source>
            <translation>id de acceso</translation>
        </message>
        <message>
            <source>space id</source>
            <translation>id de espacio</translation>
        </message>
        <message>
            <source>door name</source>
            <translation>nombre de puerta</translation>
        </message>
        <message>
            <source>Unknown {what}.</source>
            <translation>{what} desconocido.</translation>
        </message>
        <message>
            <source>Use an IANA time zone name such as Europe/Lisbon or America/Los_Angeles.</source>
            <translation>Use un nombre de zona horaria IANA como Europe/Lisbon o America/Los_Angeles.</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>No hay nada que cambiar.</translation>
        </message>
        <message>
            <source>Give a new name, a new time zone or both.</source>
            <translation>Indique un nombre nuevo, una zona horaria nueva o ambos.</translation>
        </message>
        <message>
            <source>property name</source>
            <translation>nombre de la propiedad</translation>
        </message>
        <message>
            <source>door time zone</source>
            <translation>zona horaria de la puerta</translation>
        </message>
        <message>
            <source>Unknown space kind.</source>
            <translation>Tipo de espacio desconocido.</translation>
        </message>
        <message>
            <source>Use one of: {kinds}.</source>
            <translation>Use uno de: {kinds}.</translation>
        </message>
        <message>
            <source>Door is in use by a stay.</source>
            <translation>La puerta la usa una estancia.</translation>
        </message>
        <message>
            <source>Check out or move the stays on this door first; guests' cards rely on how it works now.</source>
            <translation>Haga antes el check-out o mueva las estancias de esta puerta; las tarjetas de los huéspedes dependen de cómo funciona ahora.</translation>
        </message>
        <message>
            <source>Unknown credential kind.</source>
            <translation>Tipo de medio de acceso desconocido.</translation>
        </message>
        <message>
            <source>Use card, online_pin or offline_pin.</source>
            <translation>Use card, online_pin u offline_pin.</translation>
        </message>
        <message>
            <source>A door with this id already exists.</source>
            <translation>Ya existe una puerta con este id.</translation>
        </message>
        <message>
            <source>Choose another entrance id, or change the existing door with 'Edit door'.</source>
            <translation>Elija otro id de acceso, o cambie la puerta existente con 'Editar puerta'.</translation>
        </message>
        <message>
            <source>Lock system not found.</source>
            <translation>Sistema de cerraduras no encontrado.</translation>
        </message>
        <message>
            <source>Use one of this property's lock systems: {systems}.</source>
            <translation>Use uno de los sistemas de cerraduras de esta propiedad: {systems}.</translation>
        </message>
        <message>
            <source>space name</source>
            <translation>nombre del espacio</translation>
        </message>
        <message>
            <source>The request id is empty or too long.</source>
            <translation>El id de la petición está vacío o es demasiado largo.</translation>
        </message>
        <message>
            <source>Use 1 to 128 characters, a UUID say.</source>
            <translation>Use de 1 a 128 caracteres, un UUID por ejemplo.</translation>
        </message>
        <message>
            <source>This request id was already used for another command.</source>
            <translation>Este id de petición ya se usó para otra orden.</translation>
        </message>
        <message>
            <source>Repeat the very same command to get its first result, or use a new --request-id.</source>
            <translation>Repita exactamente la misma orden para obtener su primer resultado, o use un --request-id nuevo.</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>empleado</translation>
        </message>
        <message>
            <source>This access has already ended.</source>
            <translation>Este acceso ya ha terminado.</translation>
        </message>
        <message>
            <source>Ended access cannot be changed; create a new grant instead.</source>
            <translation>Un acceso terminado no se puede cambiar; cree un permiso nuevo en su lugar.</translation>
        </message>
        <message>
            <source>There is no such room.</source>
            <translation>No existe esa habitación.</translation>
        </message>
        <message>
            <source>Type the room as the rack shows it, e.g. Room 101 (or its number alone).</source>
            <translation>Escriba la habitación como la muestra el panel, p. ej. Room 101 (o solo su número).</translation>
        </message>
        <message>
            <source>Say why the room is out of order, e.g. 'leaking tap'.</source>
            <translation>Diga por qué la habitación está fuera de servicio, p. ej. 'grifo que gotea'.</translation>
        </message>
        <message>
            <source>The reason is too long.</source>
            <translation>El motivo es demasiado largo.</translation>
        </message>
        <message>
            <source>Keep it under {max_reason} characters; details go elsewhere.</source>
            <translation>No pase de {max_reason} caracteres; los detalles van en otro sitio.</translation>
        </message>
        <message>
            <source>'Until' is not in the future.</source>
            <translation>'Hasta' no está en el futuro.</translation>
        </message>
        <message>
            <source>Give the date and time the room will be ready again, later than now.</source>
            <translation>Indique la fecha y hora en que la habitación volverá a estar lista, posterior a ahora.</translation>
        </message>
        <message>
            <source>The room is not out of order.</source>
            <translation>La habitación no está fuera de servicio.</translation>
        </message>
        <message>
            <source>Nothing to do: the room can be given to guests.</source>
            <translation>No hay nada que hacer: la habitación se puede dar a huéspedes.</translation>
        </message>
        <message>
            <source>No guest named.</source>
            <translation>No se ha nombrado a ningún huésped.</translation>
        </message>
        <message>
            <source>Type at least one guest's name.</source>
            <translation>Escriba el nombre de al menos un huésped.</translation>
        </message>
        <message>
            <source>This reservation key is already in use.</source>
            <translation>Esta clave de reserva ya está en uso.</translation>
        </message>
        <message>
            <source>Use 'Add guest' to join that stay, or leave the key empty to get a new one.</source>
            <translation>Use 'Añadir huésped' para unirse a esa estancia, o deje la clave vacía para obtener una nueva.</translation>
        </message>
        <message>
            <source>This stay has no guests to join.</source>
            <translation>Esta estancia no tiene huéspedes a los que unirse.</translation>
        </message>
        <message>
            <source>Check the guest in as a new stay, or use the reservation that is in the house.</source>
            <translation>Haga el check-in del huésped como estancia nueva, o use la reserva que está en el hotel.</translation>
        </message>
        <message>
            <source>This stay has no guests to move.</source>
            <translation>Esta estancia no tiene huéspedes que mover.</translation>
        </message>
        <message>
            <source>Check the guests in on the new room instead.</source>
            <translation>Haga en su lugar el check-in de los huéspedes en la habitación nueva.</translation>
        </message>
        <message>
            <source>The stay is already on these doors.</source>
            <translation>La estancia ya está en estas puertas.</translation>
        </message>
        <message>
            <source>Pick the room the guests move to.</source>
            <translation>Elija la habitación a la que se mudan los huéspedes.</translation>
        </message>
        <message>
            <source>This stay has no live access.</source>
            <translation>Esta estancia no tiene accesos en curso.</translation>
        </message>
        <message>
            <source>Only a stay in progress or to come can be changed.</source>
            <translation>Solo se puede cambiar una estancia en curso o por venir.</translation>
        </message>
        <message>
            <source>This stay is already checked out.</source>
            <translation>Esta estancia ya hizo el check-out.</translation>
        </message>
        <message>
            <source>Nothing to do; look the guest up again.</source>
            <translation>No hay nada que hacer; vuelva a buscar al huésped.</translation>
        </message>
        <message>
            <source>No doors chosen for the staff member.</source>
            <translation>No se han elegido puertas para el empleado.</translation>
        </message>
        <message>
            <source>Pick a door group or some doors.</source>
            <translation>Elija un grupo de puertas o algunas puertas.</translation>
        </message>
        <message>
            <source>This stay's key cards still open doors.</source>
            <translation>Las tarjetas de esta estancia aún abren puertas.</translation>
        </message>
        <message>
            <source>Say whether the cards were handed back or are to be revoked: --cards-collected or --revoke-cards.</source>
            <translation>Diga si se devolvieron las tarjetas o si hay que revocarlas: --cards-collected o --revoke-cards.</translation>
        </message>
        <message>
            <source>Door group not found.</source>
            <translation>Grupo de puertas no encontrado.</translation>
        </message>
        <message>
            <source>Known groups: {groups}.</source>
            <translation>Grupos conocidos: {groups}.</translation>
        </message>
        <message>
            <source>{time} on {day} {month} {year}</source>
            <translation>{time} del {day} {month} {year}</translation>
        </message>
        <message>
            <source>an unnamed code</source>
            <translation>un código sin nombre</translation>
        </message>
        <message>
            <source>An unnamed code</source>
            <translation>Un código sin nombre</translation>
        </message>
        <message>
            <source> (valid until {time})</source>
            <translation> (válido hasta las {time})</translation>
        </message>
        <message>
            <source>A PIN code vanished at the lock provider; the desk is putting it back.</source>
            <translation>Un código PIN desapareció en el proveedor de cerraduras; la recepción lo está volviendo a poner.</translation>
        </message>
        <message>
            <source>The provider no longer had {code} on {door}{until}, although the desk never removed it. The desk is sending it again with the same PIN; if the lock refuses that PIN, the desk chooses a new one and says so here.</source>
            <translation>El proveedor ya no tenía {code} en {door}{until}, aunque la recepción nunca lo quitó. La recepción lo vuelve a enviar con el mismo PIN; si la cerradura rechaza ese PIN, la recepción elige uno nuevo y lo indica aquí.</translation>
        </message>
        <message>
            <source>A PIN code should be on its lock by now and is not.</source>
            <translation>Un código PIN ya debería estar en su cerradura y no lo está.</translation>
        </message>
        <message>
            <source>{code} on {door} was due on the lock at {time}; the provider reports it as '{status}'. Until it is, give the guest a backup PIN or a key card, and check the lock.</source>
            <translation>{code} en {door} debía estar en la cerradura a las {time}; el proveedor lo indica como '{status}'. Hasta que lo esté, dé al huésped un PIN de reserva o una tarjeta llave, y revise la cerradura.</translation>
        </message>
        <message>
            <source>A PIN code is still on its lock after its end.</source>
            <translation>Un código PIN sigue en su cerradura después de su fin.</translation>
        </message>
        <message>
            <source>{code} on {door} ended at {time}, but the provider still reports it as set: it may still open the door. Check the lock.</source>
            <translation>{code} en {door} terminó a las {time}, pero el proveedor aún lo indica como puesto: puede que aún abra la puerta. Revise la cerradura.</translation>
        </message>
        <message>
            <source>{title}{kind}{said}</source>
            <translation>{title}{kind}{said}</translation>
        </message>
        <message numerus="yes">
            <source>every minute</source>
            <comment>every {n} minutes</comment>
            <translation>
                <numerusform>cada minuto</numerusform>
                <numerusform>cada {n} minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>for as long as the code is valid (until {time})</source>
            <translation>mientras el código sea válido (hasta las {time})</translation>
        </message>
        <message>
            <source>A PIN code change has not reached the lock yet (create).</source>
            <translation>Un código PIN nuevo aún no ha llegado a la cerradura (alta).</translation>
        </message>
        <message>
            <source>A PIN code change has not reached the lock yet (update).</source>
            <translation>Un cambio de código PIN aún no ha llegado a la cerradura (cambio).</translation>
        </message>
        <message>
            <source>A PIN code change has not reached the lock yet (delete).</source>
            <translation>La retirada de un código PIN aún no ha llegado a la cerradura (baja).</translation>
        </message>
        <message>
            <source>A PIN code change did not reach the lock (create).</source>
            <translation>Un código PIN nuevo no llegó a la cerradura (alta).</translation>
        </message>
        <message>
            <source>A PIN code change did not reach the lock (update).</source>
            <translation>Un cambio de código PIN no llegó a la cerradura (cambio).</translation>
        </message>
        <message>
            <source>A PIN code change did not reach the lock (delete).</source>
            <translation>La retirada de un código PIN no llegó a la cerradura (baja).</translation>
        </message>
        <message>
            <source> Provider said: {message}</source>
            <translation> El proveedor dijo: {message}</translation>
        </message>
        <message>
            <source>for as long as the code exists</source>
            <translation>mientras exista el código</translation>
        </message>
        <message>
            <source> because the code's end has passed</source>
            <translation> porque el código ya ha terminado</translation>
        </message>
        <message>
            <source>{message} The desk stopped retrying{why}; check the door, then change or re-create the code.</source>
            <translation>{message} La recepción dejó de reintentarlo{why}; revise la puerta y después cambie o vuelva a crear el código.</translation>
        </message>
        <message>
            <source>{message} The desk keeps trying at least {every} {how_long}, and at once when the provider answers again.</source>
            <translation>{message} La recepción sigue intentándolo al menos {every} {how_long}, y enseguida cuando el proveedor vuelva a responder.</translation>
        </message>
        <message>
            <source>A guest's PIN had to change when it was put back on the lock.</source>
            <translation>El PIN de un huésped tuvo que cambiar al volver a ponerlo en la cerradura.</translation>
        </message>
        <message>
            <source>The lock refused the PIN of {code} on {door} because another code holds it; the desk chose a new PIN. Give the guest the new PIN (the lockout screen shows it).</source>
            <translation>La cerradura rechazó el PIN de {code} en {door} porque otro código lo tiene; la recepción eligió un PIN nuevo. Dé al huésped el PIN nuevo (la pantalla Sin acceso lo muestra).</translation>
        </message>
        <message>
            <source>Card not found.</source>
            <translation>Tarjeta no encontrada.</translation>
        </message>
        <message>
            <source>Check the card serial; 'frontdesk cards read' shows the serial of a card on the reader.</source>
            <translation>Revise el número de serie de la tarjeta; 'frontdesk cards read' muestra el número de serie de una tarjeta en el lector.</translation>
        </message>
        <message>
            <source>Check the card serial.</source>
            <translation>Revise el número de serie de la tarjeta.</translation>
        </message>
        <message>
            <source>Access code not found.</source>
            <translation>Código de acceso no encontrado.</translation>
        </message>
        <message>
            <source>Check the id with 'frontdesk codes list'.</source>
            <translation>Revise el id con 'frontdesk codes list'.</translation>
        </message>
        <message>
            <source>Check the id with 'frontdesk codes list' (either the provider's id or the desk's id works).</source>
            <translation>Revise el id con 'frontdesk codes list' (sirve el id del proveedor o el de la recepción).</translation>
        </message>
        <message>
            <source>The disk holding the database is full.</source>
            <translation>El disco que contiene la base de datos está lleno.</translation>
        </message>
        <message>
            <source>Nothing was changed. Free some disk space on the computer that holds the database, then try again.</source>
            <translation>No se cambió nada. Libere espacio en el disco del ordenador que contiene la base de datos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The database is busy.</source>
            <translation>La base de datos está ocupada.</translation>
        </message>
        <message>
            <source>Another desk has held the database for a long time; nothing was changed. Try again in a moment.</source>
            <translation>Otra recepción lleva mucho tiempo ocupando la base de datos; no se cambió nada. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>This computer does not hold the key that protects the PIN codes.</source>
            <translation>Este ordenador no tiene la clave que protege los códigos PIN.</translation>
        </message>
        <message>
            <source>Use the workstation that first stored PINs for this database, or copy its PIN key into this computer's keyring (docs/security.md, 'PINs at rest').</source>
            <translation>Use el puesto que guardó por primera vez PIN para esta base de datos, o copie su clave de PIN en el llavero de este ordenador (docs/security.md, 'PINs at rest').</translation>
        </message>
        <message>
            <source>A stored PIN code cannot be opened with this computer's PIN key.</source>
            <translation>Un código PIN guardado no se puede abrir con la clave de PIN de este ordenador.</translation>
        </message>
        <message>
            <source>The PIN key in this computer's keyring is not the one the PINs were stored with, or the row was changed outside the desk. Copy the right key (docs/security.md, 'PINs at rest').</source>
            <translation>La clave de PIN del llavero de este ordenador no es aquella con la que se guardaron los PIN, o la fila se cambió fuera de la recepción. Copie la clave correcta (docs/security.md, 'PINs at rest').</translation>
        </message>
        <message>
            <source>No property set up yet.</source>
            <translation>Todavía no hay ninguna propiedad configurada.</translation>
        </message>
        <message>
            <source>Create the demo property with 'frontdesk demo', or set up your property in Settings.</source>
            <translation>Cree la propiedad de demostración con 'frontdesk demo', o configure su propiedad en Ajustes.</translation>
        </message>
        <message>
            <source>Access grant not found.</source>
            <translation>Permiso de acceso no encontrado.</translation>
        </message>
        <message>
            <source>Check the grant id with 'frontdesk grants list'.</source>
            <translation>Revise el id del permiso con 'frontdesk grants list'.</translation>
        </message>
        <message>
            <source>Reservation not found.</source>
            <translation>Reserva no encontrada.</translation>
        </message>
        <message>
            <source>Check the reservation key; 'frontdesk grants list' shows the keys in use.</source>
            <translation>Revise la clave de reserva; 'frontdesk grants list' muestra las claves en uso.</translation>
        </message>
        <message numerus="yes">
            <source>Re-encode card {serials}: it still carries the old doors or dates.</source>
            <comment>Re-encode cards {serials}: they still carry the old doors or dates.</comment>
            <translation>
                <numerusform>Vuelva a codificar la tarjeta {serials}: aún lleva las puertas o fechas antiguas.</numerusform>
                <numerusform>Vuelva a codificar las tarjetas {serials}: aún llevan las puertas o fechas antiguas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The card is encoded. Take it off the reader.</source>
            <comment>All {n} cards are encoded. Take the last card off the reader.</comment>
            <translation>
                <numerusform>La tarjeta está codificada. Retírela del lector.</numerusform>
                <numerusform>Las {n} tarjetas están codificadas. Retire la última tarjeta del lector.</numerusform>
            </translation>
        </message>
        <message>
            <source>The slip cannot be written.</source>
            <translation>No se puede escribir la hoja.</translation>
        </message>
        <message>
            <source>Check the file name and that the folder is writable.</source>
            <translation>Revise el nombre del archivo y que se pueda escribir en la carpeta.</translation>
        </message>
        <message>
            <source>the card is valid at this door now</source>
            <translation>la tarjeta es válida en esta puerta ahora</translation>
        </message>
        <message>
            <source>a lock programming card: it changes the lock, the door stays shut</source>
            <translation>una tarjeta de programación de cerradura: cambia la cerradura, la puerta sigue cerrada</translation>
        </message>
        <message>
            <source>a newer guest's card has already been used at this door</source>
            <translation>en esta puerta ya se ha usado la tarjeta de un huésped más reciente</translation>
        </message>
        <message>
            <source>the card's end time has passed</source>
            <translation>la hora de fin de la tarjeta ya ha pasado</translation>
        </message>
        <message>
            <source>the card's start time has not come yet</source>
            <translation>la hora de inicio de la tarjeta aún no ha llegado</translation>
        </message>
        <message>
            <source>the card is not for this door</source>
            <translation>la tarjeta no es para esta puerta</translation>
        </message>
        <message>
            <source>the door has learned that this card was cancelled</source>
            <translation>la puerta sabe que esta tarjeta se canceló</translation>
        </message>
        <message>
            <source>a one-time card already used at this door</source>
            <translation>una tarjeta de un solo uso ya usada en esta puerta</translation>
        </message>
        <message>
            <source>the card data is damaged or not genuine</source>
            <translation>los datos de la tarjeta están dañados o no son auténticos</translation>
        </message>
        <message>
            <source>the card belongs to another property</source>
            <translation>la tarjeta pertenece a otra propiedad</translation>
        </message>
        <message>
            <source>the card is blank</source>
            <translation>la tarjeta está en blanco</translation>
        </message>
        <message>
            <source>the card was made with a retired card key</source>
            <translation>la tarjeta se hizo con una clave de tarjetas retirada</translation>
        </message>
        <message>
            <source>the room is double-locked from inside: only an emergency card opens it</source>
            <translation>la habitación tiene el doble cierre echado desde dentro: solo la abre una tarjeta de emergencia</translation>
        </message>
        <message>
            <source>the room is blocked: it refuses guest cards until unblocked</source>
            <translation>la habitación está bloqueada: rechaza las tarjetas de huésped hasta que se desbloquee</translation>
        </message>
        <message>
            <source>outside the staff card's shift</source>
            <translation>fuera del turno de la tarjeta de personal</translation>
        </message>
        <message>
            <source>unknown holder</source>
            <translation>titular desconocido</translation>
        </message>
        <message>
            <source>Card {serial} · {kind} card of {holder}</source>
            <translation>Tarjeta {serial} · tarjeta de {kind} de {holder}</translation>
        </message>
        <message>
            <source>Valid {start} – {end}</source>
            <translation>Válida {start} – {end}</translation>
        </message>
        <message>
            <source>Not a valid card of this property: {title}</source>
            <translation>No es una tarjeta válida de esta propiedad: {title}</translation>
        </message>
        <message>
            <source>The desk lists this card as {status}.</source>
            <translation>La recepción registra esta tarjeta como {status}.</translation>
        </message>
        <message>
            <source>Door groups: {groups}</source>
            <translation>Grupos de puertas: {groups}</translation>
        </message>
        <message>
            <source>Shift: {shift} (on the door's clock)</source>
            <translation>Turno: {shift} (según el reloj de la puerta)</translation>
        </message>
        <message>
            <source>Its card key version is retired: encode it again.</source>
            <translation>Su versión de clave de tarjetas está retirada: vuelva a codificarla.</translation>
        </message>
        <message numerus="yes">
            <source>{n} stay. Enter opens the highlighted one.</source>
            <comment>{n} stays. Enter opens the highlighted one.</comment>
            <translation>
                <numerusform>{n} estancia. Intro abre la resaltada.</numerusform>
                <numerusform>{n} estancias. Intro abre la resaltada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> night</source>
            <comment> nights</comment>
            <translation>
                <numerusform> noche</numerusform>
                <numerusform> noches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} line</source>
            <comment>{n} lines</comment>
            <translation>
                <numerusform>{n} línea</numerusform>
                <numerusform>{n} líneas</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>esperando a enviarse</translation>
        </message>
        <message>
            <source>change waiting to be sent</source>
            <translation>cambio esperando a enviarse</translation>
        </message>
        <message>
            <source>removal waiting to be sent</source>
            <translation>retirada esperando a enviarse</translation>
        </message>
        <message>
            <source>in sync</source>
            <translation>sincronizado</translation>
        </message>
        <message>
            <source>failed to sync</source>
            <translation>no se pudo sincronizar</translation>
        </message>
        <message numerus="yes">
            <source>{lock}: {n} guest code</source>
            <comment>{lock}: {n} guest codes</comment>
            <translation>
                <numerusform>{lock}: {n} código de huésped</numerusform>
                <numerusform>{lock}: {n} códigos de huésped</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup pool: {healthy} of {target} ready on the lock</source>
            <translation>Reserva de códigos: {healthy} de {target} listos en la cerradura</translation>
        </message>
        <message>
            <source>{n} on the way</source>
            <translation>{n} en camino</translation>
        </message>
        <message>
            <source>{n} with problems (will be replaced)</source>
            <translation>{n} con problemas (se sustituirán)</translation>
        </message>
        <message>
            <source>{n} handed out to guests</source>
            <translation>{n} entregados a huéspedes</translation>
        </message>
        <message>
            <source> — no backup PIN can be given from the desk right now</source>
            <translation> — ahora mismo no se puede dar ningún PIN de reserva desde la recepción</translation>
        </message>
        <message>
            <source>should open</source>
            <translation>debería abrir</translation>
        </message>
        <message>
            <source>may not open</source>
            <translation>puede que no abra</translation>
        </message>
        <message>
            <source>will not open</source>
            <translation>no abrirá</translation>
        </message>
        <message>
            <source>{kind}: {title} {hint} [{code}]</source>
            <translation>{kind}: {title} {hint} [{code}]</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message numerus="yes">
            <source>{n} change waiting</source>
            <comment>{n} changes waiting</comment>
            <translation>
                <numerusform>{n} cambio en espera</numerusform>
                <numerusform>{n} cambios en espera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>re-encode card {serials}</source>
            <comment>re-encode cards {serials}</comment>
            <translation>
                <numerusform>volver a codificar la tarjeta {serials}</numerusform>
                <numerusform>volver a codificar las tarjetas {serials}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked in {n} room: {keys}.</source>
            <comment>Checked in {n} rooms: {keys}.</comment>
            <translation>
                <numerusform>Check-in hecho en {n} habitación: {keys}.</numerusform>
                <numerusform>Check-in hecho en {n} habitaciones: {keys}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encoded {n} card: {serials}.</source>
            <comment>Encoded {n} cards: {serials}.</comment>
            <translation>
                <numerusform>Codificada {n} tarjeta: {serials}.</numerusform>
                <numerusform>Codificadas {n} tarjetas: {serials}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encoded {done} of {n} card.</source>
            <comment>Encoded {done} of {n} cards.</comment>
            <translation>
                <numerusform>Codificada {done} de {n} tarjeta.</numerusform>
                <numerusform>Codificadas {done} de {n} tarjetas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} card was not encoded: open the stay and choose Encode cards.</source>
            <comment>{n} cards were not encoded: open the stay and choose Encode cards.</comment>
            <translation>
                <numerusform>{n} tarjeta no se codificó: abra la estancia y elija Codificar tarjetas.</numerusform>
                <numerusform>{n} tarjetas no se codificaron: abra la estancia y elija Codificar tarjetas.</numerusform>
            </translation>
        </message>
    </context>
</TS>
