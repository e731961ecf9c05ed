<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>comptoir::Appointment</name>
    <message>
        <location filename="../../core/domain/Appointment.cpp" line="+53"/>
        <source>is not a valid time</source>
        <translation>n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a staff member is required</source>
        <translation>un collaborateur est obligatoire</translation>
    </message>
</context>
<context>
    <name>comptoir::AppointmentRepository</name>
    <message>
        <location filename="../../core/storage/AppointmentRepository.cpp" line="+71"/>
        <location line="+25"/>
        <source>saving the appointment</source>
        <translation>l&apos;enregistrement du rendez-vous</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>moving the appointment</source>
        <translation>le déplacement du rendez-vous</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>finding the appointment</source>
        <translation>la recherche du rendez-vous</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>checking the agenda</source>
        <translation>la vérification de l&apos;agenda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the agenda</source>
        <translation>la lecture de l&apos;agenda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the customer&apos;s appointments</source>
        <translation>la lecture des rendez-vous du client</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>adding the appointment to the customer&apos;s timeline</source>
        <translation>l&apos;ajout du rendez-vous à l&apos;historique du client</translation>
    </message>
</context>
<context>
    <name>comptoir::AppointmentService</name>
    <message>
        <location filename="../../core/services/AppointmentService.cpp" line="+31"/>
        <source>a %1 appointment cannot become %2; only a planned one can change</source>
        <translation>un rendez-vous « %1 » ne peut pas passer à « %2 » ; seul un rendez-vous prévu peut changer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no staff member #%1</source>
        <translation>aucun collaborateur n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff member #%1 is no longer active</source>
        <translation>le collaborateur n° %1 n&apos;est plus actif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overlaps appointment #%1 from %2 to %3 (%4)</source>
        <translation>chevauche le rendez-vous n° %1 de %2 à %3 (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+33"/>
        <location line="+41"/>
        <source>no appointment #%1</source>
        <translation>aucun rendez-vous n° %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>only a planned appointment can be rescheduled (this one is %1)</source>
        <translation>seul un rendez-vous prévu peut être déplacé (celui-ci est « %1 »)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>is not a valid date</source>
        <translation>n&apos;est pas une date valide</translation>
    </message>
</context>
<context>
    <name>comptoir::ArchiveManifest</name>
    <message>
        <location filename="../../core/domain/ArchiveManifest.cpp" line="+38"/>
        <source>the key &quot;%1&quot; is missing or not valid</source>
        <translation>la clé « %1 » est absente ou invalide</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>archive format %1 is not known (this program reads format %2)</source>
        <translation>le format d&apos;archive %1 est inconnu (ce programme lit le format %2)</translation>
    </message>
</context>
<context>
    <name>comptoir::ArchiveRepository</name>
    <message>
        <location filename="../../core/storage/ArchiveRepository.cpp" line="+135"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>reading the ledger to archive</source>
        <translation>lecture du journal à archiver</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>counting the records to archive</source>
        <translation>comptage des enregistrements à archiver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the closures</source>
        <translation>la lecture des clôtures</translation>
    </message>
</context>
<context>
    <name>comptoir::ArchiveService</name>
    <message>
        <location filename="../../core/services/ArchiveService.cpp" line="+66"/>
        <location line="+3"/>
        <source>cannot be read back: %1</source>
        <translation>ne peut pas être relu : %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a valid year (got %1)</source>
        <translation>n&apos;est pas une année valide (reçu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty: an archive goes into a new folder</source>
        <translation>%1 n&apos;est pas vide : une archive va dans un nouveau dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no sale, credit note, deposit or closure to archive</source>
        <translation>%1 n&apos;a aucune vente, aucun avoir, aucun versement ni aucune clôture à archiver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not closed (no yearly closure): an archive is of a closed period. Close the year first, or ask for a provisional archive of the open year</source>
        <translation>%1 n&apos;est pas clôturé (pas de clôture annuelle) : une archive porte sur une période clôturée. Clôturez d&apos;abord l&apos;exercice, ou demandez une archive provisoire de l&apos;exercice ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ledger does not verify, nothing was archived: %1</source>
        <translation>le journal ne se vérifie pas, rien n&apos;a été archivé : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>comptoir::ArchiveVerifier</name>
    <message>
        <location filename="../../core/services/ArchiveVerifier.cpp" line="+55"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header is not the expected one (%1)</source>
        <translation>l&apos;en-tête n&apos;est pas celui attendu (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has %1 fields, the header %2</source>
        <translation>a %1 champs, l&apos;en-tête %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the manifest lists fewer records (an extra record was added)</source>
        <translation>le manifeste liste moins d&apos;enregistrements (un enregistrement a été ajouté)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number %1 follows %2 (a record is missing or was moved)</source>
        <translation>le numéro %1 suit %2 (un enregistrement manque ou a été déplacé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its previous hash is not the one the manifest starts from</source>
        <translation>son empreinte précédente n&apos;est pas celle dont part le manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its previous hash does not match the record before it</source>
        <translation>son empreinte de chaînage ne correspond pas à l&apos;enregistrement précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hash does not match its content</source>
        <translation>son empreinte ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not the first record the manifest lists</source>
        <translation>n&apos;est pas le premier enregistrement listé par le manifeste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not the last record the manifest lists</source>
        <translation>n&apos;est pas le dernier enregistrement listé par le manifeste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ends before the last record the manifest lists (a record was removed)</source>
        <translation>s&apos;arrête avant le dernier enregistrement listé par le manifeste (un enregistrement a été supprimé)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a number column holds something else</source>
        <translation>une colonne numérique contient autre chose</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>belongs to no record of %1 (or is out of order)</source>
        <translation>n&apos;appartient à aucun enregistrement de %1 (ou n&apos;est pas dans l&apos;ordre)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>sale #%1</source>
        <translation>vente n° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>totals do not match its lines in %1</source>
        <translation>les totaux ne correspondent pas à ses lignes dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+52"/>
        <location line="+40"/>
        <location line="+11"/>
        <source>has %1 rows, the manifest says %2</source>
        <translation>a %1 lignes, le manifeste en indique %2</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>credit note #%1</source>
        <translation>avoir n° %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>closure %1 %2</source>
        <translation>clôture %1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read in %1: not an archive folder</source>
        <translation>ne peut pas être lu dans %1 : ce n&apos;est pas un dossier d&apos;archive</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>its SHA-256 does not match %1: the manifest was changed</source>
        <translation>son SHA-256 ne correspond pas à %1 : le manifeste a été modifié</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>does not list %1</source>
        <translation>ne liste pas %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its SHA-256 does not match the manifest: the file was changed</source>
        <translation>son SHA-256 ne correspond pas au manifeste : le fichier a été modifié</translation>
    </message>
</context>
<context>
    <name>comptoir::AtomicFileWriter</name>
    <message>
        <location filename="../../core/io/AtomicFileWriter.cpp" line="+21"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no file name</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file was not opened</source>
        <translation>le fichier n&apos;a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>comptoir::AuditRepository</name>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="+58"/>
        <location line="+68"/>
        <location line="+12"/>
        <source>reading the audit trail</source>
        <translation>la lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>writing the audit trail</source>
        <translation>l&apos;écriture dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>entries %1 to %2 are missing</source>
        <translation>les entrées %1 à %2 sont manquantes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 does not follow the previous entry</source>
        <translation>l&apos;entrée %1 ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 was altered</source>
        <translation>l&apos;entrée %1 a été modifiée</translation>
    </message>
</context>
<context>
    <name>comptoir::AuthService</name>
    <message>
        <location filename="../../core/services/AuthService.cpp" line="+52"/>
        <source>wrong login or password</source>
        <translation>identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>account locked after too many failed attempts; try again after %1</source>
        <translation>compte bloqué après trop de tentatives infructueuses ; réessayez après %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+56"/>
        <source>the account &quot;%1&quot; is disabled; ask the technician</source>
        <translation>le compte « %1 » est désactivé ; adressez-vous au technicien réseau</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+37"/>
        <source>no user #%1</source>
        <translation>aucun utilisateur n° %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+34"/>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>must differ from the current password</source>
        <translation>doit être différent du mot de passe actuel</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>this store already has its manager and technician accounts</source>
        <translation>ce magasin a déjà ses comptes de directeur et de technicien réseau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>during setup only these roles can be created: %1 (got &quot;%2&quot;)</source>
        <translation>pendant la configuration, seuls ces rôles peuvent être créés : %1 (reçu : « %2 »)</translation>
    </message>
</context>
<context>
    <name>comptoir::BackupService</name>
    <message>
        <location filename="../../core/services/BackupService.cpp" line="+49"/>
        <source>a backup file name is required</source>
        <translation>un nom de fichier de sauvegarde est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backup cannot run inside a transaction</source>
        <translation>une sauvegarde ne peut pas s&apos;exécuter dans une transaction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; a backup never overwrites a file</source>
        <translation>%1 existe déjà ; une sauvegarde n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+155"/>
        <source>folder does not exist: %1</source>
        <translation>le dossier n&apos;existe pas : %1</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>the backup failed its check and was discarded: %1</source>
        <translation>la sauvegarde n&apos;a pas passé la vérification et a été supprimée : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move the backup to %1</source>
        <translation>impossible de déplacer la sauvegarde vers %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the database %1 is damaged (%2) and no good backup was found in %3</source>
        <translation>la base de données %1 est endommagée (%2) et aucune sauvegarde valide n&apos;a été trouvée dans %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database %1 is damaged (%2). The latest good backup is %3: restore it (comptoir-cli restore %3 %1).</source>
        <translation>la base de données %1 est endommagée (%2). La dernière sauvegarde valide est %3 : restaurez-la (comptoir-cli restore %3 %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>backup file not found: %1</source>
        <translation>fichier de sauvegarde introuvable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup and the database are the same file</source>
        <translation>la sauvegarde et la base de données sont le même fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+3"/>
        <source>restore refused: %1</source>
        <translation>restauration refusée : %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>restore refused: %1 was written by a newer version of Comptoir (schema %2; this program knows up to %3)</source>
        <translation>restauration refusée : %1 a été écrit par une version plus récente de Comptoir (schéma %2 ; ce programme connaît jusqu&apos;au schéma %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot copy %1 next to %2</source>
        <translation>impossible de copier %1 à côté de %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the checked copy of the backup could not be checkpointed</source>
        <translation>la copie vérifiée de la sauvegarde n&apos;a pas pu être finalisée (checkpoint)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot move %1 aside</source>
        <translation>impossible de mettre %1 de côté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot move the restored database to %1</source>
        <translation>impossible de déplacer la base de données restaurée vers %1</translation>
    </message>
</context>
<context>
    <name>comptoir::BackupStore</name>
    <message>
        <location filename="../../core/storage/BackupStore.cpp" line="+65"/>
        <location line="+4"/>
        <source>%1 fails the integrity check: %2</source>
        <translation>%1 échoue à la vérification d&apos;intégrité : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has %2 broken references (table rowid parent): %3</source>
        <translation>%1 contient %2 références cassées (table rowid parent) : %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no SQLite handle on the source database</source>
        <translation>aucune connexion SQLite sur la base de données source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup could not start: %1</source>
        <translation>la sauvegarde n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup to %1 failed: %2</source>
        <translation>la sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no SQLite handle</source>
        <translation>aucune connexion SQLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Comptoir database or is corrupt (%2)</source>
        <translation>%1 n&apos;est pas une base de données Comptoir ou est endommagé (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Comptoir database</source>
        <translation>%1 n&apos;est pas une base de données Comptoir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot flush %1 to disk</source>
        <translation>impossible d&apos;écrire %1 sur le disque</translation>
    </message>
</context>
<context>
    <name>comptoir::BulkIndexes</name>
    <message>
        <location filename="../../core/storage/BulkIndexes.cpp" line="+47"/>
        <source>listing the indexes</source>
        <translation>la liste des index</translation>
    </message>
</context>
<context>
    <name>comptoir::BulkLoadMode</name>
    <message>
        <location filename="../../core/storage/BulkLoadMode.cpp" line="+50"/>
        <source>could not put the database back in WAL mode (journal mode is %1)</source>
        <translation>impossible de remettre la base de données en mode WAL (le mode de journalisation est %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::BulkStatement</name>
    <message>
        <location filename="../../core/storage/BulkStatement.cpp" line="+72"/>
        <source>no SQLite handle for %1</source>
        <translation>aucune connexion SQLite pour la table %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preparing %1</source>
        <translation>la préparation des requêtes sur la table %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>writing %1</source>
        <translation>l&apos;écriture dans la table %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading %1</source>
        <translation>la lecture de la table %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureRepository</name>
    <message>
        <location filename="../../core/storage/ClosureRepository.cpp" line="+55"/>
        <source>reading the day&apos;s sales</source>
        <translation>la lecture des ventes du jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the day&apos;s payments</source>
        <translation>la lecture des paiements du jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the day&apos;s VAT</source>
        <translation>la lecture de la TVA du jour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the day&apos;s credit notes</source>
        <translation>la lecture des avoirs du jour</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+67"/>
        <source>reading the closures</source>
        <translation>la lecture des clôtures</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>reading the daily closures</source>
        <translation>la lecture des clôtures journalières</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>saving the closure</source>
        <translation>l&apos;enregistrement de la clôture</translation>
    </message>
</context>
<context>
    <name>comptoir::ClosureService</name>
    <message>
        <location filename="../../core/services/ClosureService.cpp" line="+99"/>
        <source>is not a valid date</source>
        <translation>n&apos;est pas une date valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the future: only a past or current day can be closed</source>
        <translation>%1 est dans le futur : seul un jour passé ou le jour en cours peut être clôturé</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+67"/>
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+9"/>
        <location line="+55"/>
        <source>%1 is already closed</source>
        <translation>la période %1 est déjà clôturée</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 is before the last closed day (%2)</source>
        <translation>%1 est antérieur au dernier jour clôturé (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is not a valid month</source>
        <translation>n&apos;est pas un mois valide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a valid year (got %1)</source>
        <translation>n&apos;est pas une année valide (reçu : %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has not ended yet</source>
        <translation>la période %1 n&apos;est pas encore terminée</translation>
    </message>
</context>
<context>
    <name>comptoir::ColumnMapping</name>
    <message>
        <location filename="../../core/io/import/ColumnMapping.cpp" line="+208"/>
        <source>no field called &quot;%1&quot; for this kind of file</source>
        <translation>aucun champ nommé « %1 » pour ce type de fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file has no column &quot;%1&quot;</source>
        <translation>le fichier n&apos;a pas de colonne « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required column missing: %1</source>
        <translation>colonne obligatoire manquante : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::Complaint</name>
    <message>
        <location filename="../../core/domain/Complaint.cpp" line="+47"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a customer is required</source>
        <translation>un client est obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a category is required</source>
        <translation>une catégorie est obligatoire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be between 1 and 5 (got %1)</source>
        <translation>doit être compris entre 1 et 5 (reçu : %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::ComplaintQueryRepository</name>
    <message>
        <location filename="../../core/storage/ComplaintQueryRepository.cpp" line="+90"/>
        <source>listing complaints</source>
        <translation>la liste des réclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ComplaintRepository</name>
    <message>
        <location filename="../../core/storage/ComplaintRepository.cpp" line="+78"/>
        <location line="+17"/>
        <source>saving the complaint</source>
        <translation>l&apos;enregistrement de la réclamation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>recording the complaint&apos;s history</source>
        <translation>l&apos;enregistrement de l&apos;historique de la réclamation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>finding the complaint</source>
        <translation>la recherche de la réclamation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the complaint&apos;s history</source>
        <translation>la lecture de l&apos;historique de la réclamation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>listing complaints</source>
        <translation>la liste des réclamations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listing overdue complaints</source>
        <translation>la liste des réclamations en retard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>listing complaint categories</source>
        <translation>la liste des catégories de réclamation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finding the complaint category</source>
        <translation>la recherche de la catégorie de réclamation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finding the sale</source>
        <translation>la recherche de la vente</translation>
    </message>
</context>
<context>
    <name>comptoir::ComplaintService</name>
    <message>
        <location filename="../../core/services/ComplaintService.cpp" line="+40"/>
        <source>no complaint #%1</source>
        <translation>aucune réclamation n° %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no user #%1</source>
        <translation>aucun utilisateur n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user #%1 is no longer active</source>
        <translation>l&apos;utilisateur n° %1 n&apos;est plus actif</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no complaint category #%1</source>
        <translation>aucune catégorie de réclamation n° %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no sale #%1</source>
        <translation>aucune vente n° %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a complaint cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>une réclamation ne peut pas passer de « %1 » à « %2 »</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>a %1 complaint cannot be reassigned</source>
        <translation>une réclamation %1 ne peut pas être réattribuée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assigned to user #%1</source>
        <translation>attribuée à l&apos;utilisateur n° %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
</context>
<context>
    <name>comptoir::ConsentRepository</name>
    <message>
        <location filename="../../core/storage/ConsentRepository.cpp" line="+58"/>
        <source>saving the consent</source>
        <translation>l&apos;enregistrement du consentement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the consents</source>
        <translation>la lecture des consentements</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the consent history</source>
        <translation>la lecture de l&apos;historique des consentements</translation>
    </message>
</context>
<context>
    <name>comptoir::ConsentService</name>
    <message>
        <location filename="../../core/services/ConsentService.cpp" line="+40"/>
        <source>unknown channel &quot;%1&quot;; expected one of: %2</source>
        <translation>canal « %1 » inconnu ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown source &quot;%1&quot;; expected one of: %2</source>
        <translation>origine « %1 » inconnue ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer #%1 was merged into customer #%2</source>
        <translation>le client n° %1 a été fusionné avec le client n° %2</translation>
    </message>
</context>
<context>
    <name>comptoir::CreditNoteRepository</name>
    <message>
        <location filename="../../core/storage/CreditNoteRepository.cpp" line="+69"/>
        <source>numbering the credit note</source>
        <translation>la numérotation de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the last credit note</source>
        <translation>la lecture du dernier avoir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>saving the credit note</source>
        <translation>l&apos;enregistrement de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>saving a credit note line</source>
        <translation>l&apos;enregistrement d&apos;une ligne d&apos;avoir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the credit note</source>
        <translation>la lecture de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the credit note lines</source>
        <translation>la lecture des lignes de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the returned quantity</source>
        <translation>la lecture de la quantité retournée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the credit notes</source>
        <translation>la lecture des avoirs</translation>
    </message>
</context>
<context>
    <name>comptoir::CsvParser</name>
    <message>
        <location filename="../../core/io/CsvParser.cpp" line="+71"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+85"/>
        <source>a field is longer than %1 MiB; is a quote never closed?</source>
        <translation>un champ dépasse %1 Mio ; un guillemet est-il resté ouvert ?</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>out of memory while reading a field</source>
        <translation>mémoire insuffisante pendant la lecture d&apos;un champ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unexpected text after the closing quote of field %1 (a quote inside a quoted field must be doubled)</source>
        <translation>texte inattendu après le guillemet fermant du champ %1 (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the quote opened on line %1 is never closed (is the file cut short?)</source>
        <translation>le guillemet ouvert à la ligne %1 n&apos;est jamais fermé (le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>more than %1 fields in one record</source>
        <translation>plus de %1 champs dans un même enregistrement</translation>
    </message>
</context>
<context>
    <name>comptoir::CsvReader</name>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="+22"/>
        <source>the input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is not open for reading</source>
        <translation>le fichier n&apos;est pas ouvert en lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be a separator</source>
        <translation>« %1 » ne peut pas servir de séparateur</translation>
    </message>
</context>
<context>
    <name>comptoir::CsvWriter</name>
    <message>
        <location filename="../../core/io/CsvWriter.cpp" line="+27"/>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&quot;%1&quot; cannot be a CSV separator</source>
        <translation>« %1 » ne peut pas servir de séparateur CSV</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file is not open for writing</source>
        <translation>le fichier n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::Customer</name>
    <message>
        <location filename="../../core/domain/Customer.cpp" line="+82"/>
        <source>&quot;%1&quot; is not a loyalty card number (4 to 32 letters or digits)</source>
        <translation>« %1 » n&apos;est pas un numéro de carte de fidélité (4 à 32 lettres ou chiffres)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal « %1 » inconnu</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerCareImportWriters</name>
    <message>
        <location filename="../../core/io/import/CustomerCareImportWriters.cpp" line="+50"/>
        <source>unknown customer %1</source>
        <translation>client %1 inconnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no user with login &quot;%1&quot;</source>
        <translation>aucun utilisateur d&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a staff member is required</source>
        <translation>un collaborateur est obligatoire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between 1 and 1440 minutes (got %1)</source>
        <translation>doit être entre 1 et 1440 minutes (reçu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an end time or a duration is required</source>
        <translation>une heure de fin ou une durée est requise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown status &quot;%1&quot; (planned, done, no_show, cancelled)</source>
        <translation>statut « %1 » inconnu (planned, done, no_show, cancelled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an appointment that has not started yet cannot be %1</source>
        <translation>un rendez-vous qui n&apos;a pas encore commencé ne peut pas être %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overlaps appointment #%1 of the same staff member</source>
        <translation>chevauche le rendez-vous n° %1 du même collaborateur</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a complaint needs its customer (e-mail, card or phone)</source>
        <translation>une réclamation doit indiquer son client (e-mail, carte ou téléphone)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown complaint category &quot;%1&quot;</source>
        <translation>catégorie de réclamation « %1 » inconnue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown status &quot;%1&quot; (open, in_progress, resolved, closed, rejected)</source>
        <translation>statut « %1 » inconnu (open, in_progress, resolved, closed, rejected)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rejected complaint needs its reason</source>
        <translation>une réclamation rejetée doit indiquer son motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resolved complaint needs its resolution</source>
        <translation>une réclamation résolue doit indiquer sa résolution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is given when a complaint is closed</source>
        <translation>est renseigné quand une réclamation est close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between the opening and now</source>
        <translation>doit être entre l&apos;ouverture et maintenant</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerImportWriter</name>
    <message>
        <location filename="../../core/io/import/CustomerImportWriter.cpp" line="+67"/>
        <location line="+42"/>
        <source>card %1 already belongs to customer #%2</source>
        <translation>la carte %1 appartient déjà au client n° %2</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerRepository</name>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="+116"/>
        <location line="+18"/>
        <source>saving the customer</source>
        <translation>l&apos;enregistrement du client</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>updating the customer search index</source>
        <translation>la mise à jour de l&apos;index de recherche des clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>rebuilding the customer search index</source>
        <translation>la reconstruction de l&apos;index de recherche des clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>updating loyalty points</source>
        <translation>la mise à jour des points de fidélité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>crediting the customer&apos;s loyalty points</source>
        <translation>le crédit des points de fidélité du client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>finding the customer</source>
        <translation>la recherche du client</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>listing customers</source>
        <translation>la liste des clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counting customers</source>
        <translation>le comptage des clients</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>searching customers</source>
        <translation>la recherche de clients</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>looking for duplicates</source>
        <translation>la recherche de doublons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>moving the customer&apos;s history</source>
        <translation>le transfert de l&apos;historique du client</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>merging the customers</source>
        <translation>la fusion des clients</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>moving the loyalty card</source>
        <translation>le transfert de la carte de fidélité</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerService</name>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="+51"/>
        <source>card %1 already belongs to customer #%2</source>
        <translation>la carte %1 appartient déjà au client n° %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+132"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>no customer with %1 %2</source>
        <translation>aucun client avec %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>id</source>
        <translation>l&apos;identifiant</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>loyalty card</source>
        <translation>la carte de fidélité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>phone</source>
        <translation>le téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e-mail</source>
        <translation>l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>customer #%1 cannot be merged with itself</source>
        <translation>le client n° %1 ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer #%1 was already merged into customer #%2</source>
        <translation>le client n° %1 a déjà été fusionné avec le client n° %2</translation>
    </message>
</context>
<context>
    <name>comptoir::Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+35"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database file not found: %1</source>
        <translation>fichier de base de données introuvable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder does not exist: %1</source>
        <translation>le dossier n&apos;existe pas : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Comptoir database or is corrupt (%2)</source>
        <translation>%1 n&apos;est pas une base de données Comptoir ou est endommagé (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is an SQLite file but not a Comptoir database</source>
        <translation>%1 est un fichier SQLite mais pas une base de données Comptoir</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checkpoint: %1</source>
        <translation>point de contrôle du journal : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no SQLite handle</source>
        <translation>aucune connexion SQLite</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 vaut %2, %3 attendu</translation>
    </message>
</context>
<context>
    <name>comptoir::DatabaseLock</name>
    <message>
        <location filename="../../core/storage/DatabaseLock.cpp" line="+49"/>
        <source>cannot create the lock file %1: %2</source>
        <translation>impossible de créer le fichier de verrou %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot lock %1: %2</source>
        <translation>impossible de verrouiller %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in another program (the Comptoir app or comptoir-cli); close it first</source>
        <translation>%1 est ouvert dans un autre programme (l&apos;application Comptoir ou comptoir-cli) ; fermez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is being restored from a backup; try again shortly</source>
        <translation>%1 est en cours de restauration depuis une sauvegarde ; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>comptoir::DemoStoreWriter</name>
    <message>
        <location filename="../../core/storage/DemoStoreWriter.cpp" line="+51"/>
        <source>checking the database</source>
        <translation>la vérification de la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database already has %1 customers, %2 products and %3 sales; the demo store is only generated into an empty store database</source>
        <translation>la base de données contient déjà %1 clients, %2 produits et %3 ventes ; le magasin de démonstration n&apos;est généré que dans une base de données vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a store with code LYON01 already exists</source>
        <translation>un magasin de code LYON01 existe déjà</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checking the users</source>
        <translation>la vérification des utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user with login &quot;%1&quot; already exists</source>
        <translation>un utilisateur d&apos;identifiant « %1 » existe déjà</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the demo load has already begun</source>
        <translation>le chargement des données de démonstration a déjà commencé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>listing the indexes</source>
        <translation>la liste des index</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reading the last id of %1</source>
        <translation>la lecture du dernier identifiant de %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../core/storage/DemoStoreWriterRows.cpp" line="+21"/>
        <source>the demo load has not begun</source>
        <translation>le chargement des données de démonstration n&apos;a pas commencé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checking the credit notes</source>
        <translation>vérification des avoirs</translation>
    </message>
</context>
<context>
    <name>comptoir::DepositRepository</name>
    <message>
        <location filename="../../core/storage/DepositRepository.cpp" line="+38"/>
        <source>saving the deposit</source>
        <translation>l&apos;enregistrement du versement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the deposit</source>
        <translation>la lecture du versement</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>updating the deposit</source>
        <translation>la mise à jour du versement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deposit #%1 is no longer open</source>
        <translation>le versement n° %1 n&apos;est plus ouvert</translation>
    </message>
</context>
<context>
    <name>comptoir::DepositService</name>
    <message>
        <location filename="../../core/services/DepositService.cpp" line="+29"/>
        <source>must be greater than zero (got %1)</source>
        <translation>doit être supérieur à zéro (reçu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be cash, card or cheque (got &quot;%1&quot;)</source>
        <translation>doit être espèces, carte ou chèque (reçu : « %1 »)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the order or the appointment the deposit is for</source>
        <translation>indiquez la commande ou le rendez-vous auquel le versement se rapporte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deposit #%1 (%2)</source>
        <translation>Versement n° %1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+32"/>
        <source>no deposit #%1</source>
        <translation>aucun versement n° %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>deposit #%1 is %2, not open</source>
        <translation>le versement n° %1 est « %2 » et non ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deposit #%1 is an acompte: it binds both sides and cannot be forfeited, only refunded or applied to the sale</source>
        <translation>le versement n° %1 est un acompte : il engage les deux parties et ne peut pas être conservé par le magasin, seulement remboursé ou imputé sur la vente</translation>
    </message>
</context>
<context>
    <name>comptoir::EntityRows</name>
    <message>
        <location filename="../../core/io/export/EntityRows.cpp" line="+123"/>
        <source>&quot;%1&quot; cannot be exported</source>
        <translation>« %1 » ne peut pas être exporté</translation>
    </message>
</context>
<context>
    <name>comptoir::Error</name>
    <message>
        <location filename="../../core/domain/Error.h" line="+55"/>
        <source>permission denied: %1</source>
        <translation>permission refusée : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ExportRepository</name>
    <message>
        <location filename="../../core/storage/ExportRepository.cpp" line="+79"/>
        <location line="+31"/>
        <source>reading %1</source>
        <translation>la lecture de la table %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no SQLite handle for reading %1</source>
        <translation>pas de connexion SQLite pour lire %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>nothing to count for &quot;%1&quot;</source>
        <translation>rien à compter pour « %1 »</translation>
    </message>
</context>
<context>
    <name>comptoir::ExportService</name>
    <message>
        <location filename="../../core/services/ExportService.cpp" line="+85"/>
        <source>&quot;%1&quot; cannot be exported; choose one of: %2</source>
        <translation>« %1 » ne peut pas être exporté ; choisissez parmi : %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+9"/>
        <source>export cancelled: no file written</source>
        <translation>export annulé : aucun fichier écrit</translation>
    </message>
</context>
<context>
    <name>comptoir::HistoricalSaleRepository</name>
    <message>
        <location filename="../../core/storage/HistoricalSaleRepository.cpp" line="+47"/>
        <source>reading the last sale</source>
        <translation>la lecture de la dernière vente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the closures</source>
        <translation>la lecture des clôtures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the first sale</source>
        <translation>lecture de la première vente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counting the sale lines</source>
        <translation>comptage des lignes de vente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the products</source>
        <translation>lecture des produits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>imported sale</source>
        <translation>vente importée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported sale line</source>
        <translation>ligne de vente importée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported payment</source>
        <translation>paiement importé</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>reading the loyalty members</source>
        <translation>lecture des titulaires d&apos;une carte de fidélité</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportBulkRepository</name>
    <message>
        <location filename="../../core/storage/ImportBulkRepository.cpp" line="+74"/>
        <source>reading the users</source>
        <translation>la lecture des utilisateurs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading customer e-mails, phones and cards</source>
        <translation>la lecture des e-mails, téléphones et cartes des clients</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reading stock moves</source>
        <translation>la lecture des mouvements de stock</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>saving the import profile</source>
        <translation>l&apos;enregistrement du profil d&apos;import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the import profile</source>
        <translation>la lecture du profil d&apos;import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>listing import profiles</source>
        <translation>la liste des profils d&apos;import</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportRow</name>
    <message>
        <location filename="../../core/io/import/ImportRow.cpp" line="+28"/>
        <source>not a VAT rate: &quot;%1&quot;</source>
        <translation>« %1 » n&apos;est pas un taux de TVA</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>must be &quot;customer&quot; or &quot;prospect&quot; (got &quot;%1&quot;)</source>
        <translation>doit être « client » ou « prospect » (reçu : « %1 »)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a SKU or an EAN-13 is required</source>
        <translation>un SKU ou un EAN-13 est obligatoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown move kind &quot;%1&quot; (delivery, adjustment, loss, return, damaged, import)</source>
        <translation>type de mouvement « %1 » inconnu (delivery, adjustment, loss, return, damaged, import)</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportService</name>
    <message>
        <location filename="../../core/services/ImportService.cpp" line="+95"/>
        <location line="+187"/>
        <source>the file is empty: no header line</source>
        <translation>le fichier est vide : pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+37"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>rejected with its sale: line %1: %2</source>
        <translation>rejetée avec sa vente : ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>a profile needs a name</source>
        <translation>un profil doit avoir un nom</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no import profile called &quot;%1&quot; for %2</source>
        <translation>aucun profil d&apos;import nommé « %1 » pour %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportWriter</name>
    <message>
        <location filename="../../core/io/import/CatalogueImportWriters.cpp" line="+36"/>
        <source>unknown supplier &quot;%1&quot;</source>
        <translation>fournisseur « %1 » inconnu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SKU %1 already exists (product #%2)</source>
        <translation>le SKU %1 existe déjà (produit n° %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EAN-13 %1 already belongs to product %2</source>
        <translation>l&apos;EAN-13 %1 appartient déjà au produit %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>supplier &quot;%1&quot; already exists</source>
        <translation>le fournisseur « %1 » existe déjà</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown product: no EAN-13 %1</source>
        <translation>produit inconnu : aucun EAN-13 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown product: no SKU %1</source>
        <translation>produit inconnu : aucun SKU %1</translation>
    </message>
</context>
<context>
    <name>comptoir::InteractionRepository</name>
    <message>
        <location filename="../../core/storage/InteractionRepository.cpp" line="+34"/>
        <source>saving the interaction</source>
        <translation>l&apos;enregistrement de l&apos;échange</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the interactions</source>
        <translation>la lecture des échanges</translation>
    </message>
</context>
<context>
    <name>comptoir::InteractionService</name>
    <message>
        <location filename="../../core/services/InteractionService.cpp" line="+41"/>
        <source>unknown channel &quot;%1&quot;; expected one of: %2</source>
        <translation>canal « %1 » inconnu ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be logged by hand; expected one of: %2</source>
        <translation>« %1 » ne peut pas être saisi à la main ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a note needs its text</source>
        <translation>une note doit avoir un texte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no customer #%1</source>
        <translation>aucun client n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer #%1 was merged into customer #%2</source>
        <translation>le client n° %1 a été fusionné avec le client n° %2</translation>
    </message>
</context>
<context>
    <name>comptoir::KpiService</name>
    <message>
        <location filename="../../core/kpi/KpiService.cpp" line="+22"/>
        <source>invalid period</source>
        <translation>période invalide</translation>
    </message>
    <message>
        <location line="+348"/>
        <source>unknown segment %1</source>
        <translation>segment inconnu : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::LedgerVerifier</name>
    <message>
        <location filename="../../core/services/LedgerVerifier.cpp" line="+35"/>
        <source>number %1 follows %2 (gap or reordering)</source>
        <translation>le numéro %1 suit le %2 (trou ou désordre dans la numérotation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its previous hash does not match the record before it</source>
        <translation>son empreinte de chaînage ne correspond pas à l&apos;enregistrement précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash does not match its content</source>
        <translation>son empreinte ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sale #%1 (id %2)</source>
        <translation>vente n° %1 (identifiant %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: line %2 total does not match its quantity and price</source>
        <translation>%1 : le total de la ligne %2 ne correspond pas à sa quantité et à son prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: totals do not match its lines</source>
        <translation>%1 : les totaux ne correspondent pas aux lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>credit note #%1 (id %2): %3</source>
        <translation>avoir n° %1 (identifiant %2) : %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>closure %1 %2 (id %3)</source>
        <translation>clôture %1 %2 (identifiant %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its previous hash does not match the closure before it</source>
        <translation>%1 : son empreinte de chaînage ne correspond pas à la clôture précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: hash does not match its content</source>
        <translation>%1 : son empreinte ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: does not equal the sum of its %2</source>
        <translation>%1 : n&apos;est pas égal à la somme de ses %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales and credit notes</source>
        <translation>ventes et avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily closures</source>
        <translation>clôtures journalières</translation>
    </message>
</context>
<context>
    <name>comptoir::LoginEventRepository</name>
    <message>
        <location filename="../../core/storage/LoginEventRepository.cpp" line="+32"/>
        <source>writing the sign-in log</source>
        <translation>l&apos;écriture dans le journal des connexions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reading the sign-in log</source>
        <translation>la lecture du journal des connexions</translation>
    </message>
</context>
<context>
    <name>comptoir::Migrations</name>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="+52"/>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was written by a newer version of Comptoir (schema %2; this program knows up to %3). Install the newer Comptoir to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Comptoir (schéma %2 ; ce programme connaît jusqu&apos;au schéma %3). Installez la version plus récente de Comptoir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read migration %1</source>
        <translation>impossible de lire la migration %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>recording migration %1</source>
        <translation>l&apos;enregistrement de la migration %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migration %1 failed and was rolled back: %2</source>
        <translation>la migration %1 a échoué et a été annulée : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::Money</name>
    <message>
        <location filename="../../core/domain/Money.cpp" line="+53"/>
        <source>&quot;%1&quot; is not an amount (expected e.g. 12,50)</source>
        <translation>« %1 » n&apos;est pas un montant (attendu : par exemple 12,50)</translation>
    </message>
</context>
<context>
    <name>comptoir::PasswordHasher</name>
    <message>
        <location filename="../../core/access/PasswordHasher.cpp" line="+73"/>
        <source>hashing the password failed (out of memory?)</source>
        <translation>le hachage du mot de passe a échoué (mémoire insuffisante ?)</translation>
    </message>
</context>
<context>
    <name>comptoir::PasswordPolicy</name>
    <message>
        <location filename="../../core/access/PasswordPolicy.cpp" line="+25"/>
        <source>must have at least %1 characters (got %2)</source>
        <translation>doit comporter au moins %1 caractères (reçu : %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must have at most %1 characters (got %2)</source>
        <translation>doit comporter au plus %1 caractères (reçu : %2)</translation>
    </message>
</context>
<context>
    <name>comptoir::Product</name>
    <message>
        <location filename="../../core/domain/Product.cpp" line="+21"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a SKU (1 to 32 letters, digits, dots, underscores or dashes)</source>
        <translation>« %1 » n&apos;est pas un SKU (1 à 32 lettres, chiffres, points, tirets bas ou tirets)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>must not be negative (got %1)</source>
        <translation>ne doit pas être négatif (reçu : %1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is not a French VAT rate (0, 210, 550, 1000 or 2000 basis points)</source>
        <translation>%1 n&apos;est pas un taux de TVA français (0, 210, 550, 1000 ou 2000 points de base)</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductRepository</name>
    <message>
        <location filename="../../core/storage/ProductRepository.cpp" line="+96"/>
        <location line="+14"/>
        <source>saving the product</source>
        <translation>l&apos;enregistrement du produit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>finding the product</source>
        <translation>la recherche du produit</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>searching products</source>
        <translation>la recherche de produits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>listing products</source>
        <translation>la liste des produits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counting products</source>
        <translation>le comptage des produits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listing categories</source>
        <translation>la liste des catégories</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finding the category</source>
        <translation>la recherche de la catégorie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saving the category</source>
        <translation>l&apos;enregistrement de la catégorie</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductService</name>
    <message>
        <location filename="../../core/services/ProductService.cpp" line="+56"/>
        <source>no category #%1</source>
        <translation>aucune catégorie n° %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+235"/>
        <source>no supplier #%1</source>
        <translation>aucun fournisseur n° %1</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>SKU %1 is already used by product #%2 (%3)</source>
        <translation>le SKU %1 est déjà utilisé par le produit n° %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EAN-13 %1 is already used by product #%2 (%3)</source>
        <translation>l&apos;EAN-13 %1 est déjà utilisé par le produit n° %2 (%3)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no product #%1</source>
        <translation>aucun produit n° %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no product with %1 %2</source>
        <translation>aucun produit avec %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id</source>
        <translation>l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKU</source>
        <translation>le SKU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EAN-13</source>
        <translation>l&apos;EAN-13</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>category &quot;%1&quot; already exists (#%2)</source>
        <translation>la catégorie « %1 » existe déjà (n° %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>supplier &quot;%1&quot; already exists (#%2)</source>
        <translation>le fournisseur « %1 » existe déjà (n° %2)</translation>
    </message>
</context>
<context>
    <name>comptoir::ReturnService</name>
    <message>
        <location filename="../../core/services/ReturnService.cpp" line="+47"/>
        <source>a return needs at least one line</source>
        <translation>un retour doit comporter au moins une ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+140"/>
        <source>no sale #%1</source>
        <translation>aucune vente n° %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>the line is listed twice</source>
        <translation>la ligne figure deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sale #%1 has no line %2</source>
        <translation>la vente n° %1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity must be greater than zero (got %1)</source>
        <translation>la quantité doit être supérieure à zéro (reçu : %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only %1 of %2 sold can still be returned (asked %3)</source>
        <translation>seuls %1 sur %2 vendus peuvent encore être retournés (demandé : %3)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Credit note #%1 for sale #%2: %3</source>
        <translation>Avoir n° %1 sur la vente n° %2 : %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no store credit note #%1</source>
        <translation>aucun avoir n° %1 utilisable en magasin</translation>
    </message>
</context>
<context>
    <name>comptoir::RoleRepository</name>
    <message>
        <location filename="../../core/storage/RoleRepository.cpp" line="+19"/>
        <source>reading permissions</source>
        <translation>la lecture des permissions</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>reading roles</source>
        <translation>la lecture des rôles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>rôle « %1 » inconnu</translation>
    </message>
</context>
<context>
    <name>comptoir::SaleImportWriter</name>
    <message>
        <location filename="../../core/io/import/SaleImportWriter.cpp" line="+59"/>
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sales are imported a whole sale at a time</source>
        <translation>les ventes sont importées une vente entière à la fois</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a sale key is required</source>
        <translation>une clé de vente est requise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sale %1 was already on line %2: the lines of a sale must follow each other</source>
        <translation>la vente %1 figurait déjà ligne %2 : les lignes d&apos;une vente doivent se suivre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; differs from line %2 of the same sale (&quot;%3&quot;)</source>
        <translation>« %1 » diffère de la ligne %2 de la même vente (« %3 »)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the payments add up to %1, the sale&apos;s lines to %2</source>
        <translation>les paiements totalisent %1, les lignes de la vente %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the date of the sale is required</source>
        <translation>la date de la vente est requise</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown payment method &quot;%1&quot; (cash, card, cheque, voucher, store_credit, deposit)</source>
        <translation>moyen de paiement « %1 » inconnu (cash, card, cheque, voucher, store_credit, deposit)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no user with login &quot;%1&quot;</source>
        <translation>aucun utilisateur d&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a payment: write a method and an amount, payments separated by | (card 30.00 | cash 12.50)</source>
        <translation>« %1 » n&apos;est pas un paiement : indiquez un moyen et un montant, les paiements séparés par | (card 30.00 | cash 12.50)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in the future</source>
        <translation>%1 est dans le futur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is in a closed period (days are closed up to %2)</source>
        <translation>%1 est dans une période clôturée (les journées sont clôturées jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in a closed month or year</source>
        <translation>%1 est dans un mois ou un exercice clôturé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>imported sales must predate the first sale recorded here (%1)</source>
        <translation>les ventes importées doivent être antérieures à la première vente enregistrée ici (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown customer %1</source>
        <translation>client %1 inconnu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a SKU or an EAN-13 is required</source>
        <translation>un SKU ou un EAN-13 est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown product %1</source>
        <translation>produit %1 inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be greater than zero (got %1): returns are not imported as sales</source>
        <translation>doit être supérieur à zéro (reçu : %1) : les retours ne sont pas importés comme des ventes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be negative (got %1)</source>
        <translation>ne peut pas être négatif (reçu : %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be between 0 and 100 % (got %1)</source>
        <translation>doit être entre 0 et 100 % (reçu : %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be between 0 and the line amount (got %1)</source>
        <translation>doit être entre 0 et le montant de la ligne (reçu : %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::SaleRepository</name>
    <message>
        <location filename="../../core/storage/SaleRepository.cpp" line="+90"/>
        <source>numbering the sale</source>
        <translation>la numérotation de la vente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the last sale</source>
        <translation>la lecture de la dernière vente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>saving the sale</source>
        <translation>l&apos;enregistrement de la vente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>saving line %1 of the sale</source>
        <translation>l&apos;enregistrement de la ligne %1 de la vente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>saving a payment of the sale</source>
        <translation>l&apos;enregistrement d&apos;un paiement de la vente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading a sale</source>
        <translation>la lecture d&apos;une vente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the sale&apos;s lines</source>
        <translation>la lecture des lignes de la vente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the sale&apos;s payments</source>
        <translation>la lecture des paiements de la vente</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>reading the store credit used</source>
        <translation>la lecture des avoirs utilisés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the closures</source>
        <translation>la lecture des clôtures</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the sales</source>
        <translation>la lecture des ventes</translation>
    </message>
</context>
<context>
    <name>comptoir::SaleService</name>
    <message>
        <location filename="../../core/services/SaleService.cpp" line="+69"/>
        <source>no customer %1</source>
        <translation>aucun client ne correspond à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a sale needs at least one line</source>
        <translation>une vente doit comporter au moins une ligne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown product %1</source>
        <translation>produit %1 inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product %1 is no longer sold</source>
        <translation>le produit %1 n&apos;est plus vendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity must be greater than zero (got %1)</source>
        <translation>la quantité doit être supérieure à zéro (reçu : %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a price change or discount needs a reason</source>
        <translation>une modification de prix ou une remise doit être motivée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the unit price cannot be negative</source>
        <translation>le prix unitaire ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount must be between 0 and the line amount (got %1)</source>
        <translation>la remise doit être comprise entre 0 et le montant de la ligne (reçu : %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>amount must be greater than zero (got %1)</source>
        <translation>le montant doit être supérieur à zéro (reçu : %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give all the cash as one payment</source>
        <translation>saisissez les espèces en un seul paiement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no store credit note #%1</source>
        <translation>aucun avoir n° %1 utilisable en magasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credit note #%1 has only %2 left</source>
        <translation>il ne reste que %2 sur l&apos;avoir n° %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no deposit #%1</source>
        <translation>aucun versement n° %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deposit #%1 is applied twice</source>
        <translation>le versement n° %1 est imputé deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deposit #%1 is %2, not open</source>
        <translation>le versement n° %1 est « %2 » et non ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deposit #%1 belongs to another customer</source>
        <translation>le versement n° %1 appartient à un autre client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deposit #%1 is worth %2: apply all of it</source>
        <translation>le versement n° %1 s&apos;élève à %2 : imputez-le en totalité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the payments come to %1, the total is %2</source>
        <translation>les paiements s&apos;élèvent à %1, le total est de %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is already closed</source>
        <translation>la journée du %1 est déjà clôturée</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Sale #%1: %2</source>
        <translation>Vente n° %1 : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>no sale #%1</source>
        <translation>aucune vente n° %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ScratchDatabaseFile</name>
    <message>
        <location filename="../../core/storage/ScratchDatabaseFile.cpp" line="+16"/>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::SettingsRepository</name>
    <message>
        <location filename="../../core/storage/SettingsRepository.cpp" line="+28"/>
        <source>reading setting %1</source>
        <translation>la lecture du paramètre %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>saving setting %1</source>
        <translation>l&apos;enregistrement du paramètre %1</translation>
    </message>
</context>
<context>
    <name>comptoir::StaffRepository</name>
    <message>
        <location filename="../../core/storage/StaffRepository.cpp" line="+34"/>
        <source>reading the staff list</source>
        <translation>la lecture de la liste du personnel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reading staff names</source>
        <translation>la lecture des noms du personnel</translation>
    </message>
</context>
<context>
    <name>comptoir::StatsRepository</name>
    <message>
        <location filename="../../core/storage/StatsRepository.cpp" line="+36"/>
        <source>reading the statistics</source>
        <translation>la lecture des statistiques</translation>
    </message>
</context>
<context>
    <name>comptoir::StockMove</name>
    <message>
        <location filename="../../core/domain/StockMove.cpp" line="+50"/>
        <source>must not be zero</source>
        <translation>ne doit pas être nul</translation>
    </message>
</context>
<context>
    <name>comptoir::StockRepository</name>
    <message>
        <location filename="../../core/storage/StockRepository.cpp" line="+44"/>
        <source>must not be zero</source>
        <translation>ne doit pas être nul</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+62"/>
        <source>reading the stock level</source>
        <translation>la lecture du niveau de stock</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>no product #%1</source>
        <translation>aucun produit n° %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 in stock, cannot take out %2</source>
        <translation>seulement %1 en stock, impossible de sortir %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recording the stock move</source>
        <translation>l&apos;enregistrement du mouvement de stock</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>updating the stock level</source>
        <translation>la mise à jour du niveau de stock</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>adding up the stock moves</source>
        <translation>le cumul des mouvements de stock</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>listing stock moves</source>
        <translation>la liste des mouvements de stock</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>listing products to reorder</source>
        <translation>la liste des produits à réapprovisionner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reconciling stock levels</source>
        <translation>le rapprochement des niveaux de stock</translation>
    </message>
</context>
<context>
    <name>comptoir::StockService</name>
    <message>
        <location filename="../../core/services/StockService.cpp" line="+34"/>
        <source>no product #%1</source>
        <translation>aucun produit n° %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no supplier #%1</source>
        <translation>aucun fournisseur n° %1</translation>
    </message>
</context>
<context>
    <name>comptoir::StoreRepository</name>
    <message>
        <location filename="../../core/storage/StoreRepository.cpp" line="+26"/>
        <source>reading the store</source>
        <translation>la lecture du magasin</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>saving the store</source>
        <translation>l&apos;enregistrement du magasin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>counting records</source>
        <translation>le comptage des enregistrements</translation>
    </message>
</context>
<context>
    <name>comptoir::StoreService</name>
    <message>
        <location filename="../../core/services/StoreService.cpp" line="+27"/>
        <location line="+82"/>
        <source>sign in first</source>
        <translation>connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>this database already has a store</source>
        <translation>cette base de données a déjà un magasin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this database has no store yet</source>
        <translation>cette base de données n&apos;a pas encore de magasin</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>must be between 1 and 100 (got %1)</source>
        <translation>doit être compris entre 1 et 100 (reçu : %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::StoreValidation</name>
    <message>
        <location filename="../../core/domain/StoreValidation.cpp" line="+24"/>
        <source>must have 14 digits (got %1 characters)</source>
        <translation>doit comporter 14 chiffres (reçu : %1 caractères)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must contain only digits (got &quot;%1&quot;)</source>
        <translation>ne doit contenir que des chiffres (reçu : « %1 »)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid SIRET (wrong check digit)</source>
        <translation>%1 n&apos;est pas un SIRET valide (clé de contrôle erronée)</translation>
    </message>
</context>
<context>
    <name>comptoir::SupplierRepository</name>
    <message>
        <location filename="../../core/storage/SupplierRepository.cpp" line="+57"/>
        <source>saving the supplier</source>
        <translation>l&apos;enregistrement du fournisseur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>finding the supplier</source>
        <translation>la recherche du fournisseur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>listing suppliers</source>
        <translation>la liste des fournisseurs</translation>
    </message>
</context>
<context>
    <name>comptoir::TimelineRepository</name>
    <message>
        <location filename="../../core/storage/TimelineRepository.cpp" line="+60"/>
        <source>reading the customer&apos;s history</source>
        <translation>la lecture de l&apos;historique du client</translation>
    </message>
</context>
<context>
    <name>comptoir::TimelineService</name>
    <message>
        <location filename="../../core/services/TimelineService.cpp" line="+23"/>
        <source>must not be negative (got %1)</source>
        <translation>ne doit pas être négatif (reçu : %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 1 and 1000 (got %1)</source>
        <translation>doit être compris entre 1 et 1000 (reçu : %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::UserAccounts</name>
    <message>
        <location filename="../../core/services/UserAccounts.cpp" line="+33"/>
        <source>must have 2 to 64 characters (got %1)</source>
        <translation>doit comporter de 2 à 64 caractères (reçu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may only hold letters, digits and . _ - @ (got &quot;%1&quot;)</source>
        <translation>ne peut contenir que des lettres, des chiffres et . _ - @ (reçu : « %1 »)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>login &quot;%1&quot; is already taken</source>
        <translation>l&apos;identifiant « %1 » est déjà pris</translation>
    </message>
</context>
<context>
    <name>comptoir::UserAdminService</name>
    <message>
        <location filename="../../core/services/UserAdminService.cpp" line="+54"/>
        <location line="+39"/>
        <source>no user #%1</source>
        <translation>aucun utilisateur n° %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>you cannot disable your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is the last active technician; create another one first</source>
        <translation>« %1 » est le dernier technicien réseau actif ; créez-en d&apos;abord un autre</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no user with login &quot;%1&quot;</source>
        <translation>aucun utilisateur d&apos;identifiant « %1 »</translation>
    </message>
</context>
<context>
    <name>comptoir::UserRepository</name>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="+50"/>
        <source>reading the user</source>
        <translation>la lecture de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reading the users</source>
        <translation>la lecture des utilisateurs</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+24"/>
        <source>saving the user</source>
        <translation>l&apos;enregistrement de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>saving the password</source>
        <translation>l&apos;enregistrement du mot de passe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>saving the sign-in attempts</source>
        <translation>l&apos;enregistrement des tentatives de connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>counting the users</source>
        <translation>le comptage des utilisateurs</translation>
    </message>
</context>
<context>
    <name>comptoir::ValueParsers</name>
    <message>
        <location filename="../../core/io/ValueParsers.cpp" line="+20"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a date and time (expected 2026-11-23 14:30 or 23/11/2026 14:30)</source>
        <translation>« %1 » n&apos;est pas une date et une heure (attendu : 2026-11-23 14:30 ou 23/11/2026 14:30)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not yes or no (expected oui, non, yes, no, 1 or 0)</source>
        <translation>« %1 » n&apos;est ni oui ni non (attendu : oui, non, yes, no, 1 ou 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
</context>
<context>
    <name>comptoir::XlsxWriter</name>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="+55"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the XLSX library could not create the workbook</source>
        <translation>la bibliothèque XLSX n&apos;a pas pu créer le classeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid sheet name</source>
        <translation>« %1 » n&apos;est pas un nom de feuille valide</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+67"/>
        <source>the workbook was not opened</source>
        <translation>le classeur n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>row %1: an XLSX sheet holds at most %2 rows</source>
        <translation>ligne %1 : une feuille XLSX contient au plus %2 lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: an XLSX sheet holds at most %2 columns</source>
        <translation>ligne %1 : une feuille XLSX contient au plus %2 colonnes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>row %1, column %2: the text is longer than the %3 characters an XLSX cell holds</source>
        <translation>ligne %1, colonne %2 : le texte dépasse les %3 caractères que peut contenir une cellule XLSX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>comptoir::cli::CmdKpi</name>
    <message>
        <location filename="../../app/cli/CmdKpi.cpp" line="+72"/>
        <source>Period %1 – %2 (previous: %3 – %4; year before: %5 – %6)</source>
        <translation>Période du %1 au %2 (précédente : %3 – %4 ; un an avant : %5 – %6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year before</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Top products (quantity, revenue)</source>
        <translation>Meilleurs produits (quantité, chiffre d&apos;affaires)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by category</source>
        <translation>Chiffre d&apos;affaires par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by staff member (sales, revenue)</source>
        <translation>Chiffre d&apos;affaires par collaborateur (ventes, chiffre d&apos;affaires)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segments (customers, spent over 24 months)</source>
        <translation>Segments RFM (clients, dépensé sur 24 mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by category</source>
        <translation>Réclamations par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by status</source>
        <translation>Réclamations par statut</translation>
    </message>
    <message>
        <location filename="../../app/cli/KpiTiles.cpp" line="+10"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue excl. VAT</source>
        <translation>Chiffre d&apos;affaires HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per basket</source>
        <translation>Articles par panier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Clients revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New prospects</source>
        <translation>Nouveaux prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty members&apos; share</source>
        <translation>Part des clients fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show rate</source>
        <translation>Taux de RDV non honorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed by a sale (7 days)</source>
        <translation>Suivis d&apos;un achat (7 j)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints opened</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints overdue</source>
        <translation>Réclamations en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to resolve (h)</source>
        <translation>Délai moyen de résolution (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean satisfaction (/5)</source>
        <translation>Satisfaction moyenne (/5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products under threshold</source>
        <translation>Produits sous le seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
</context>
<context>
    <name>comptoir::demo::DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="+74"/>
        <location line="+6"/>
        <source>must be between 0 and %1 (got %2)</source>
        <translation>doit être compris entre 0 et %1 (reçu : %2)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>must be between 1 and %1 (got %2)</source>
        <translation>doit être compris entre 1 et %1 (reçu : %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a date between 2000 and 2200</source>
        <translation>doit être une date comprise entre 2000 et 2200</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the database has no complaint category</source>
        <translation>la base de données n&apos;a aucune catégorie de réclamation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category &quot;%1&quot; has no id or no SLA delay</source>
        <translation>la catégorie « %1 » n&apos;a pas d&apos;identifiant ou pas de délai de traitement</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AdminPage</name>
    <message>
        <location filename="../../ui/admin/AdminPage.cpp" line="+25"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in log</source>
        <translation>Journal des connexions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>success</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AgendaView</name>
    <message>
        <location filename="../../ui/appointments/AgendaView.cpp" line="+36"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>No staff member to show</source>
        <translation>Aucun collaborateur à afficher</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AppointmentDialog</name>
    <message>
        <location filename="../../ui/appointments/AppointmentDialog.cpp" line="+28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Fitting, repair pick-up, advice</source>
        <translation>ex. : essayage, retrait de réparation, conseil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff member:</source>
        <translation>C&amp;ollaborateur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>Déb&amp;ut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>Du&amp;rée:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;reate</source>
        <translation>Cré&amp;er</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AppointmentLook</name>
    <message>
        <location filename="../../ui/appointments/AppointmentLook.cpp" line="+11"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No-show</source>
        <translation>Non honoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AppointmentsPage</name>
    <message>
        <location filename="../../ui/appointments/AppointmentsPage.cpp" line="+45"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;one</source>
        <translation>Marquer &amp;effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-s&amp;how</source>
        <translation>Non h&amp;onoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel appointment</source>
        <translation>&amp;Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All staff</source>
        <translation>Tout le personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Staff:</source>
        <translation>&amp;Collaborateur:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Jour ou semaine précédents (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Jour ou semaine suivants (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Prendre un rendez-vous (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Customer #%1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Staff #%1</source>
        <translation>Collaborateur n° %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Double-click a free slot to book it.</source>
        <translation>Double-cliquez sur un créneau libre pour le réserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%2 %3–%4 · %1 (%5)</source>
        <translation>%2 %3–%4 · %1 (%5)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the appointment &quot;%1&quot;? This frees the slot and cannot be undone.</source>
        <translation>Annuler le rendez-vous « %1 » ? Le créneau sera libéré et cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::Areas</name>
    <message>
        <location filename="../../ui/shell/Areas.cpp" line="+21"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::AuditLabels</name>
    <message>
        <location filename="../../ui/admin/AuditLabels.cpp" line="+24"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescheduled</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken in hand</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile saved</source>
        <translation>Profil d&apos;import enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Return / refund</source>
        <translation>Retour / remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken</source>
        <translation>Versement reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit refunded</source>
        <translation>Versement remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit forfeited</source>
        <translation>Versement conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period closure</source>
        <translation>Clôture de période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger archived</source>
        <translation>Journal des ventes archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo store generated</source>
        <translation>Magasin de démonstration généré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock move</source>
        <translation>Mouvement de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Versement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profile</source>
        <translation>Profil d&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock moves</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password hash upgraded</source>
        <translation>Empreinte du mot de passe renforcée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed on</source>
        <translation>Mot de passe changé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale lines</source>
        <translation>Lignes de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session unlocked</source>
        <translation>Session déverrouillée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password</source>
        <translation>Mot de passe erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown login</source>
        <translation>Identifiant inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking: wrong password</source>
        <translation>Déverrouillage : mot de passe erroné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password change: wrong password</source>
        <translation>Changement de mot de passe : mot de passe erroné</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::BackupsTab</name>
    <message>
        <location filename="../../ui/admin/BackupsTab.cpp" line="+29"/>
        <source>Backup folder: %1</source>
        <translation>Dossier des sauvegardes : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No backup in this folder yet.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the backup to restore in the list.</source>
        <translation>Choisissez dans la liste la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the store&apos;s database by the backup %1?

Comptoir closes, takes a last backup of the current database, keeps the replaced file aside, restores, and asks everyone to sign in again. Sales recorded after this backup are no longer in the restored database.</source>
        <translation>Remplacer la base de données du magasin par la sauvegarde %1 ?

Comptoir se ferme, fait une dernière sauvegarde de la base actuelle, met de côté le fichier remplacé, restaure, puis demande à chacun de se reconnecter. Les ventes enregistrées après cette sauvegarde ne figurent plus dans la base restaurée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close and restore</source>
        <translation>Fermer et restaurer</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CategoryRevenueChart</name>
    <message>
        <location filename="../../ui/dashboard/CategoryRevenueChart.cpp" line="+6"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ChartPanel</name>
    <message>
        <location filename="../../ui/dashboard/ChartPanel.cpp" line="+32"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+8"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ComplaintCategoryChart</name>
    <message>
        <location filename="../../ui/dashboard/ComplaintCategoryChart.cpp" line="+6"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ComplaintDetail</name>
    <message>
        <location filename="../../ui/complaints/ComplaintDetail.cpp" line="+29"/>
        <source>Select a complaint to see its details and history.</source>
        <translation>Sélectionnez une réclamation pour voir son détail et son historique.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+165"/>
        <source>Resolution:</source>
        <translation>Résolution:</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&amp;Start</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Catégorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Statut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation>Ouverture:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Échéance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to:</source>
        <translation>Attribuée à:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user #%1</source>
        <translation>utilisateur n° %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>#%1 — %2</source>
        <translation>N° %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer #%1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category #%1</source>
        <translation>Catégorie n° %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no description)</source>
        <translation>(aucune description)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for rejection:</source>
        <translation>Motif du rejet:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ComplaintStatusChart</name>
    <message>
        <location filename="../../ui/dashboard/ComplaintStatusChart.cpp" line="+8"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ComplaintStepDialog</name>
    <message>
        <location filename="../../ui/complaints/ComplaintStepDialog.cpp" line="+27"/>
        <source>Complaint #%1: %2</source>
        <translation>Réclamation n° %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolve complaint</source>
        <translation>Résoudre la réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done for the customer (required)</source>
        <translation>Ce qui a été fait pour le client (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject complaint</source>
        <translation>Rejeter la réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the complaint is rejected (required)</source>
        <translation>Pourquoi la réclamation est rejetée (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen complaint</source>
        <translation>Rouvrir la réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer still reports (optional)</source>
        <translation>Ce que le client signale encore (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close complaint</source>
        <translation>Clôturer la réclamation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — très insatisfait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 — dissatisfied</source>
        <translation>2 — insatisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — neutral</source>
        <translation>3 — neutre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 — satisfied</source>
        <translation>4 — satisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — very satisfied</source>
        <translation>5 — très satisfait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer&apos;s &amp;satisfaction:</source>
        <translation>&amp;Satisfaction du client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close complaint</source>
        <translation>&amp;Clôturer la réclamation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign complaint</source>
        <translation>Attribuer la réclamation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assign to:</source>
        <translation>&amp;Attribuer à:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>Attri&amp;buer</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ComplaintsPage</name>
    <message>
        <location filename="../../ui/complaints/ComplaintsPage.cpp" line="+41"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xporter cette liste…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All open</source>
        <translation>Toutes les ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>All complaints</source>
        <translation>Toutes les réclamations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new complaint (Ctrl+N)</source>
        <translation>Ouvrir une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the complaints shown, with the filter applied, as CSV or XLSX</source>
        <translation>Exporter les réclamations affichées, avec le filtre appliqué, en CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The complaints list: %1, in the order shown</source>
        <translation>La liste des réclamations : %1, dans l&apos;ordre affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints-list</source>
        <translation>liste-reclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ConsentPanel</name>
    <message>
        <location filename="../../ui/customers/ConsentPanel.cpp" line="+15"/>
        <source>Marketing consents</source>
        <translation>Consentements marketing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opt in</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opt out</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed form in store</source>
        <translation>Formulaire signé en magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s request</source>
        <translation>Demande du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of a change:</source>
        <translation>Origine du changement:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>store form</source>
        <translation>formulaire en magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer&apos;s request</source>
        <translation>demande du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribe link</source>
        <translation>lien de désinscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS STOP</source>
        <translation>SMS STOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes, since %1 (%2)</source>
        <translation>Oui, depuis le %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, since %1 (%2)</source>
        <translation>Non, depuis le %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording version %1</source>
        <translation>Version du texte %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomerFormDialog</name>
    <message>
        <location filename="../../ui/customers/CustomerFormDialog.cpp" line="+43"/>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+18"/>
        <location line="+76"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+19"/>
        <location line="+77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty programme</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person may already be a customer:</source>
        <translation>Cette personne est peut-être déjà cliente :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the existing customer</source>
        <translation>&amp;Ouvrir le client existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomerListDialog</name>
    <message>
        <location filename="../../ui/dashboard/CustomerListDialog.cpp" line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s). Double-click one to open their page.</source>
        <translation>
            <numerusform>%n client. Double-cliquez dessus pour ouvrir sa fiche.</numerusform>
            <numerusform>%n clients. Double-cliquez sur l&apos;un d&apos;eux pour ouvrir sa fiche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomerListPage</name>
    <message>
        <location filename="../../ui/customers/CustomerListPage.cpp" line="+28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xporter cette liste…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name, e-mail, phone or city</source>
        <translation>Rechercher par nom, e-mail, téléphone ou ville</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the customers shown, with the search applied, as CSV or XLSX</source>
        <translation>Exporter les clients affichés, avec la recherche appliquée, en CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the two records of the same person in the list (Ctrl+click), then merge them</source>
        <translation>Sélectionnez dans la liste les deux fiches de la même personne (Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Type at least %1 characters to search</source>
        <translation>Saisissez au moins %1 caractères pour rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 best matches are shown; type more to narrow the search</source>
        <translation>Les %1 meilleurs résultats sont affichés ; précisez la saisie pour affiner la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching customers: %1</source>
        <translation>Clients correspondants : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomerPage</name>
    <message>
        <location filename="../../ui/customers/CustomerPage.cpp" line="+35"/>
        <source>Open the record kept</source>
        <translation>Ouvrir la fiche conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>← &amp;Customers</source>
        <translation>← &amp;Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came through</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New &amp;sale</source>
        <translation>Nouvelle &amp;vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;appointment…</source>
        <translation>Nouveau &amp;rendez-vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New com&amp;plaint…</source>
        <translation>Nouvelle réc&amp;lamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log an interaction…</source>
        <translation>Noter un &amp;échange…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · customer no. %2 · since %3</source>
        <translation>%1 · client n° %2 · depuis le %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No card</source>
        <translation>Pas de carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was merged into customer no. %1; its history is shown there.</source>
        <translation>Cette fiche a été fusionnée avec le client n° %1 ; son historique y est affiché.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/CustomerPicker.cpp" line="+28"/>
        <source>Search a customer: name, phone or e-mail</source>
        <translation>Rechercher un client : nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Customer: %1 (#%2)</source>
        <translation>Client: %1 (n° %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::CustomersArea</name>
    <message>
        <location filename="../../ui/customers/CustomersArea.cpp" line="+88"/>
        <source>The sale counter is not available</source>
        <translation>L&apos;écran de vente n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="+81"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Revenue incl. VAT, with the previous period</source>
        <translation>Chiffre d&apos;affaires TTC, avec la période précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue by category</source>
        <translation>Chiffre d&apos;affaires par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top 10 products</source>
        <translation>Top 10 des produits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue per staff member</source>
        <translation>Chiffre d&apos;affaires par collaborateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>RFM segments (customers)</source>
        <translation>Segments RFM (clients)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaints by category</source>
        <translation>Réclamations par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by status</source>
        <translation>Réclamations par statut</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Figures in %1 ms</source>
        <translation>Chiffres en %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the figures: %1 ms; drawing them: %2 ms</source>
        <translation>Lecture des chiffres : %1 ms ; affichage : %2 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>RFM segment: %1</source>
        <translation>Segment RFM : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::DashboardReport</name>
    <message>
        <location filename="../../ui/report/DashboardReport.cpp" line="+26"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>Activity report — %1</source>
        <translation>Rapport d&apos;activité — %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 — activity report, %2</source>
        <translation>%1 — rapport d&apos;activité, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the PDF report to %1</source>
        <translation>impossible d&apos;écrire le rapport PDF dans %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>store %1</source>
        <translation>magasin %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Period: %1 (%n day(s))</source>
        <translation>
            <numerusform>Période : %1 (%n jour)</numerusform>
            <numerusform>Période : %1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with the previous period (%1) and the same period a year before (%2).</source>
        <translation>Comparée à la période précédente (%1) et à la même période de l&apos;année précédente (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared on %1 at %2 by %3.</source>
        <translation>Établi le %1 à %2 par %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key figures</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(today)</source>
        <translation>(aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year before</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue counts credit notes negatively on the day they are made. Rates are shares of the period&apos;s sales; stock figures are those of today.</source>
        <translation>Le chiffre d&apos;affaires compte les avoirs en négatif le jour où ils sont émis. Les taux sont rapportés aux ventes de la période ; les chiffres de stock sont ceux du jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revenue incl. VAT, with the previous period</source>
        <translation>Chiffre d&apos;affaires TTC, avec la période précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue by category and top 10 products</source>
        <translation>Chiffre d&apos;affaires par catégorie et top 10 des produits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue per staff member and RFM segments</source>
        <translation>Chiffre d&apos;affaires par collaborateur et segments RFM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>Complaints opened in the period</source>
        <translation>Réclamations ouvertes sur la période</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Top 10 products</source>
        <translation>Top 10 des produits</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No sale in the period.</source>
        <translation>Aucune vente sur la période.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Revenue by category</source>
        <translation>Chiffre d&apos;affaires par catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue per staff member</source>
        <translation>Chiffre d&apos;affaires par collaborateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RFM segments at the end of the period</source>
        <translation>Segments RFM en fin de période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent over 24 months</source>
        <translation>Dépensé sur 24 mois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complaint opened in the period.</source>
        <translation>Aucune réclamation ouverte sur la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category / status</source>
        <translation>Catégorie / statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::DatabaseJob</name>
    <message>
        <location filename="../../ui/importer/DatabaseJob.cpp" line="+30"/>
        <source>this needs a database file (an in-memory database has no second connection)</source>
        <translation>il faut un fichier de base de données (une base en mémoire n&apos;a pas de seconde connexion)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::EntityTitles</name>
    <message>
        <location filename="../../ui/importer/EntityTitles.cpp" line="+20"/>
        <source>Title (Mr, Mrs)</source>
        <translation>Civilité (M., Mme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came through</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost excl. VAT</source>
        <translation>Coût d&apos;achat HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder threshold</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (e-mail, card or phone)</source>
        <translation>Client (e-mail, carte ou téléphone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer loyalty card</source>
        <translation>Carte de fidélité du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale number</source>
        <translation>Numéro de vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of sale</source>
        <translation>Date de la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member (login)</source>
        <translation>Collaborateur (identifiant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (1 to 5)</source>
        <translation>Satisfaction (1 à 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on</source>
        <translation>Résolue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock moves</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales (one row per sale line)</source>
        <translation>Ventes (une ligne par ligne de vente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/export/ExportDialog.cpp" line="+78"/>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The customers list: every customer</source>
        <translation>La liste des clients : tous les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customers list: the customers matching &quot;%1&quot; (at most %2, as shown)</source>
        <translation>La liste des clients : les clients correspondant à « %1 » (au plus %2, comme affiché)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>customers-list</source>
        <translation>liste-clients</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Data:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (text, for any program)</source>
        <translation>CSV (texte, pour tout programme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semicolon ( ; ), French spreadsheets</source>
        <translation>Point-virgule ( ; ), tableurs français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (anciens Excel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel the export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling… no file will be written.</source>
        <translation>Annulation… aucun fichier ne sera écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows written (%2 rows/s)…</source>
        <translation>%1 lignes écrites (%2 lignes/s)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The export did not run.</source>
        <translation>L&apos;export n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed, no file was written: %1</source>
        <translation>L&apos;export a échoué, aucun fichier n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows exported to %2 in %3 s.</source>
        <translation>%1 lignes exportées vers %2 en %3 s.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::FirstRunDialog</name>
    <message>
        <location filename="../../ui/shell/FirstRunDialog.cpp" line="+21"/>
        <source>New store — Comptoir</source>
        <translation>Nouveau magasin — Comptoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store has no accounts yet. Create the store manager&apos;s account and the IT technician&apos;s account. Passwords have at least 12 characters; a sentence is fine.</source>
        <translation>Ce magasin n&apos;a encore aucun compte. Créez le compte du directeur d&apos;agence et celui du technicien réseau. Les mots de passe comportent au moins 12 caractères ; une phrase convient très bien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store manager</source>
        <translation>Directeur d&apos;agence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IT technician</source>
        <translation>Technicien réseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the accounts</source>
        <translation>Créer les comptes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the store&apos;s name.</source>
        <translation>Saisissez le nom du magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords typed for %1 differ.</source>
        <translation>Les deux mots de passe saisis pour %1 sont différents.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::GlobalSearch</name>
    <message>
        <location filename="../../ui/shell/GlobalSearch.cpp" line="+22"/>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a customer: name, e-mail, phone, city…</source>
        <translation>Trouver un client : nom, e-mail, téléphone, ville…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+66"/>
        <source>Enter opens the customer · Esc closes</source>
        <translation>Entrée ouvre le client · Échap ferme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer matches &quot;%1&quot;</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::HomePage</name>
    <message>
        <location filename="../../ui/home/HomePage.cpp" line="+50"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue complaints</source>
        <translation>Réclamations en retard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stock alerts</source>
        <translation>Alertes de stock</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New store</source>
        <translation>Nouveau magasin</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All staff, %1</source>
        <translation>Tout le personnel, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours, %1</source>
        <translation>Vos rendez-vous, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer #%1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staff #%1</source>
        <translation>collaborateur n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — done</source>
        <translation> — effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no-show</source>
        <translation> — non honoré</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every open complaint is on time.</source>
        <translation>Toutes les réclamations ouvertes sont dans les délais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past their due date, most late first</source>
        <translation>Échéance dépassée, les plus en retard d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overdue complaint.</source>
        <translation>Aucune réclamation en retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1 %2 — %3 (due %4)</source>
        <translation>N° %1 %2 — %3 (échéance %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every product is above its threshold.</source>
        <translation>Tous les produits sont au-dessus de leur seuil.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) below their reorder threshold</source>
        <translation>
            <numerusform>%n produit sous son seuil de réapprovisionnement</numerusform>
            <numerusform>%n produits sous leur seuil de réapprovisionnement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stock alert.</source>
        <translation>Aucune alerte de stock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 — %3 in stock (threshold %4)</source>
        <translation>%1 %2 — %3 en stock (seuil %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more in the Stock area</source>
        <translation>
            <numerusform>… et %n autre dans l&apos;espace Stock</numerusform>
            <numerusform>… et %n autres dans l&apos;espace Stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::IdleLock</name>
    <message>
        <location filename="../../ui/shell/IdleLock.cpp" line="+50"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session was locked after a period of inactivity. Type your password to go back to your work.</source>
        <translation>Cette session a été verrouillée après une période d&apos;inactivité. Saisissez votre mot de passe pour reprendre votre travail.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Comptoir</source>
        <translation>Quitter Comptoir</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ImportDryRunPage</name>
    <message>
        <location filename="../../ui/importer/ImportDryRunPage.cpp" line="+37"/>
        <source>-rejects</source>
        <translation>-rejets</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;All or nothing: one invalid row and nothing is imported</source>
        <translation>&amp;Tout ou rien : une seule ligne invalide et rien n&apos;est importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip invalid rows and write them, with the reason, to:</source>
        <translation>&amp;Ignorer les lignes invalides et les écrire, avec le motif, dans :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked without writing anything. Cells at fault are highlighted.</source>
        <translation>Chaque ligne est vérifiée sans rien écrire (vérification à blanc). Les cellules en faute sont surlignées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skip them (keep the record in the store)</source>
        <translation>Les ignorer (garder l&apos;enregistrement du magasin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the record in the store</source>
        <translation>Mettre à jour l&apos;enregistrement du magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record anyway</source>
        <translation>Créer quand même un nouvel enregistrement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records already in the store (same e-mail, phone, card or reference):</source>
        <translation>Enregistrements déjà présents dans le magasin (même e-mail, téléphone, carte ou référence) :</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+31"/>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported with this mapping: see the problems below.</source>
        <translation>Le fichier ne peut pas être importé avec cette correspondance des colonnes : voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows read: %2 to create, %3 to update, %4 duplicates to skip, %5 with a problem.</source>
        <translation>%1 lignes lues : %2 à créer, %3 à mettre à jour, %4 doublons à ignorer, %5 avec un problème.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All or nothing: fix the file, or choose to skip the invalid rows.</source>
        <translation>Tout ou rien : corrigez le fichier, ou choisissez d&apos;ignorer les lignes invalides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invalid rows will be written to the rejects file.</source>
        <translation>Les lignes invalides seront écrites dans le fichier des rejets.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ImportFilePage</name>
    <message>
        <location filename="../../ui/importer/ImportFilePage.cpp" line="+27"/>
        <source>semicolon ( ; )</source>
        <translation>point-virgule ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (UTF-8 or Windows-1252, separated by ; , or tabs), with a header line.</source>
        <translation>Un fichier CSV (UTF-8 ou Windows-1252, séparé par ; , ou des tabulations), avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Contient :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Detected: encoding %1%2, separator %3. %n column(s): %4</source>
        <translation>
            <numerusform>Détecté : encodage %1%2, séparateur %3. %n colonne : %4</numerusform>
            <numerusform>Détecté : encodage %1%2, séparateur %3. %n colonnes : %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (with byte order mark)</source>
        <translation> (avec indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (only plain ASCII in the first lines)</source>
        <translation> (uniquement de l&apos;ASCII simple dans les premières lignes)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ImportMappingPage</name>
    <message>
        <location filename="../../ui/importer/ImportMappingPage.cpp" line="+29"/>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column of the file that fills each field. Fields marked * are required.</source>
        <translation>Choisissez la colonne du fichier qui remplit chaque champ. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as profile</source>
        <translation>&amp;Enregistrer comme profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved mappings (profiles)</source>
        <translation>Correspondances des colonnes enregistrées (profils)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose a column for the required field(s): %1</source>
        <translation>Choisissez une colonne pour le ou les champs obligatoires : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Profile &quot;%1&quot; loaded.</source>
        <translation>Profil « %1 » chargé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ImportRunPage</name>
    <message>
        <location filename="../../ui/importer/ImportRunPage.cpp" line="+26"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows per second:</source>
        <translation>Lignes par seconde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed:</source>
        <translation>Écoulé :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>Annulation… rien ne sera écrit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 from %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import did not run.</source>
        <translation>L&apos;import n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import failed, nothing was written: %1</source>
        <translation>L&apos;import a échoué, rien n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: %1 rows with a problem (all or nothing).</source>
        <translation>Rien n&apos;a été écrit : %1 lignes avec un problème (tout ou rien).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished. Rows read: %1. Created: %2. Updated: %3. Duplicates skipped: %4. Rejected: %5.</source>
        <translation>Import terminé. Lignes lues : %1. Créées : %2. Mises à jour : %3. Doublons ignorés : %4. Rejetées : %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rejected rows are in %1.</source>
        <translation>Les lignes rejetées sont dans %1.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/importer/ImportWizard.cpp" line="+14"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::InteractionDialog</name>
    <message>
        <location filename="../../ui/customers/InteractionDialog.cpp" line="+27"/>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::JournalTab</name>
    <message>
        <location filename="../../ui/admin/JournalTab.cpp" line="+21"/>
        <source>Login (empty: everyone)</source>
        <translation>Identifiant (vide : tout le monde)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n entries (newest first)</source>
        <translation>
            <numerusform>%n entrée (la plus récente d&apos;abord)</numerusform>
            <numerusform>%n entrées (les plus récentes d&apos;abord)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::KpiCatalogue</name>
    <message>
        <location filename="../../ui/dashboard/KpiCatalogue.cpp" line="+36"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue excl. VAT</source>
        <translation>Chiffre d&apos;affaires HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per basket</source>
        <translation>Articles par panier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns (credit notes)</source>
        <translation>Retours (avoirs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Clients revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost customers (12 months)</source>
        <translation>Clients perdus (12 mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New prospects</source>
        <translation>Nouveaux prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty members&apos; share</source>
        <translation>Part des clients fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (out of 5)</source>
        <translation>Satisfaction (sur 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to resolve</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show rate</source>
        <translation>Taux de RDV non honorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed by a sale (7 days)</source>
        <translation>Suivis d&apos;un achat (7 j)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints opened</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue complaints</source>
        <translation>Réclamations en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products under threshold</source>
        <translation>Produits sous le seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock value (at cost)</source>
        <translation>Valeur du stock (coût)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::KpiTile</name>
    <message>
        <location filename="../../ui/dashboard/KpiTile.cpp" line="+61"/>
        <source>%1 vs prev. period</source>
        <translation>%1 vs pér. préc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 vs year before</source>
        <translation>%1 vs N-1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="+33"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est modifié.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/customers/MergeDialog.cpp" line="+23"/>
        <source>Merge two customers</source>
        <translation>Fusionner deux clients</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The other record is closed: its appointments, complaints, interactions and deposits move to the one kept, its loyalty points are added, and its sales, returns and consents are shown with the one kept. This cannot be undone.</source>
        <translation>L&apos;autre fiche est fermée : ses rendez-vous, réclamations, échanges et versements passent sur la fiche conservée, ses points de fidélité y sont ajoutés, et ses ventes, retours et consentements sont affichés avec elle. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty card</source>
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::NewComplaintDialog</name>
    <message>
        <location filename="../../ui/complaints/NewComplaintDialog.cpp" line="+30"/>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category</source>
        <translation>Choisissez une catégorie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 (answer within %n day(s))</source>
        <translation>
            <numerusform>%1 (réponse sous %n jour)</numerusform>
            <numerusform>%1 (réponse sous %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign &amp;to:</source>
        <translation>A&amp;ttribuer à:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open complaint</source>
        <translation>&amp;Ouvrir la réclamation</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::NewUserDialog</name>
    <message>
        <location filename="../../ui/admin/NewUserDialog.cpp" line="+28"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/PasswordDialog.cpp" line="+34"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 12 characters; a sentence you remember is fine.</source>
        <translation>Au moins 12 caractères ; une phrase dont vous vous souvenez convient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the two new passwords differ</source>
        <translation>les deux nouveaux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/sale/PaymentDialog.cpp" line="+57"/>
        <source>&amp;Validate (F12)</source>
        <translation>&amp;Valider (F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (F%2)</source>
        <translation>%1 (F%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount, then Enter</source>
        <translation>Montant, puis Entrée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F5 cash · F6 card · F7 cheque · F8 gift voucher · F9 store credit · F10 deposit · Enter adds the payment · Delete removes the selected one</source>
        <translation>F5 espèces · F6 carte · F7 chèque · F8 bon cadeau · F9 avoir · F10 versement · Entrée ajoute le paiement · Suppr retire celui sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount (€)</source>
        <translation>M&amp;ontant (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to give</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Credit note n°</source>
        <translation>Avoir n°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit n°</source>
        <translation>Versement n°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number printed on the credit note</source>
        <translation>numéro imprimé sur l&apos;avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number of the customer&apos;s deposit</source>
        <translation>numéro du versement du client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach the customer first: a deposit is applied to its owner&apos;s sale</source>
        <translation>Associez d&apos;abord le client : un versement s&apos;applique à une vente de son titulaire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the number of the credit note</source>
        <translation>Saisissez le numéro de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number of the deposit</source>
        <translation>Saisissez le numéro du versement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deposit n° %1 is not an open deposit of this customer</source>
        <translation>Le versement n° %1 n&apos;est pas un versement ouvert de ce client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deposit n° %1 is already used</source>
        <translation>Le versement n° %1 est déjà utilisé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount must be greater than zero</source>
        <translation>Le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 is still due: only cash may exceed it</source>
        <translation>Il ne reste que %1 à payer : seules les espèces peuvent dépasser ce montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With cash already given, other payments must leave something to pay in cash</source>
        <translation>Des espèces ayant déjà été données, les autres paiements doivent laisser un reste à payer en espèces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to pay in cash</source>
        <translation>Il ne reste rien à payer en espèces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Credit note n° %1 has only %2 left</source>
        <translation>Il ne reste que %2 sur l&apos;avoir n° %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The payments do not cover the total yet: %1 still due</source>
        <translation>Les paiements ne couvrent pas encore le total : reste dû %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(credit note n° %1)</source>
        <translation>(avoir n° %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deposit n° %1)</source>
        <translation>(versement n° %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(handed over)</source>
        <translation>(remis)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::PaymentLabels</name>
    <message>
        <location filename="../../ui/sale/PaymentLabels.cpp" line="+11"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift voucher</source>
        <translation>Bon cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Arrhes / acompte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cash</source>
        <comment>mid-sentence: paid by cash</comment>
        <translation>espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card</source>
        <comment>mid-sentence: paid by card</comment>
        <translation>carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cheque</source>
        <comment>mid-sentence: paid by cheque</comment>
        <translation>chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gift voucher</source>
        <comment>mid-sentence: paid by gift voucher</comment>
        <translation>bon cadeau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>store credit</source>
        <comment>mid-sentence: paid by store credit</comment>
        <translation>avoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deposit</source>
        <comment>mid-sentence: paid by deposit</comment>
        <translation>acompte</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::PeriodPicker</name>
    <message>
        <location filename="../../ui/dashboard/PeriodPicker.cpp" line="+22"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::PriceOverrideDialog</name>
    <message>
        <location filename="../../ui/sale/PriceOverrideDialog.cpp" line="+41"/>
        <source>Change the price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. damaged packaging, loyal customer</source>
        <translation>ex. emballage abîmé, client fidèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit price (€)</source>
        <translation>Prix &amp;unitaire (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discount on the line (€)</source>
        <translation>&amp;Remise sur la ligne (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The price cannot be negative</source>
        <translation>Le prix ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The discount cannot be negative</source>
        <translation>La remise ne peut pas être négative</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say why the price changes</source>
        <translation>Indiquez pourquoi le prix change</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ProblemsModel</name>
    <message>
        <location filename="../../ui/importer/ProblemsModel.cpp" line="+30"/>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ProductSearchPopup</name>
    <message>
        <location filename="../../ui/sale/ProductSearchPopup.cpp" line="+22"/>
        <source>Find a product</source>
        <translation>Rechercher un produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, SKU or EAN-13</source>
        <translation>Nom, référence ou EAN-13</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type part of a name, a SKU or an EAN-13</source>
        <translation>Saisissez une partie d&apos;un nom, une référence ou un EAN-13</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product matches &quot;%1&quot;</source>
        <translation>Aucun produit ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s): arrows and Enter to add</source>
        <translation>
            <numerusform>%n produit : flèches et Entrée pour ajouter</numerusform>
            <numerusform>%n produits : flèches et Entrée pour ajouter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::QuickAppointmentDialog</name>
    <message>
        <location filename="../../ui/customers/QuickAppointmentDialog.cpp" line="+30"/>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::QuickComplaintDialog</name>
    <message>
        <location filename="../../ui/customers/QuickComplaintDialog.cpp" line="+27"/>
        <source>New complaint</source>
        <translation>Nouvelle réclamation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (answer within %2 days)</source>
        <translation>%1 (réponse sous %2 jours)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ReceiptDocument</name>
    <message>
        <location filename="../../ui/sale/ReceiptDocument.cpp" line="+102"/>
        <source>Phone %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Product #%1</source>
        <translation>Produit n° %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty card: %1</source>
        <translation>Carte de fidélité : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty points: %1</source>
        <translation>Points de fidélité : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Receipt n° %1</source>
        <translation>Ticket n° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>  discount</source>
        <translation>  remise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TOTAL incl. VAT %1</source>
        <translation>TOTAL TTC %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(credit note n° %1)</source>
        <translation>(avoir n° %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deposit n° %1)</source>
        <translation>(versement n° %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change given: %1</source>
        <translation>Monnaie rendue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices include VAT. Keep this receipt for any exchange or return.</source>
        <translation>Prix TTC. Conservez ce ticket pour tout échange ou retour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt n° %1 — signature %2</source>
        <translation>Ticket n° %1 — signature %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your visit</source>
        <translation>Merci de votre visite</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Credit note n° %1</source>
        <translation>Avoir n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For receipt n° %1 of %2</source>
        <translation>Pour le ticket n° %1 du %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article returned</source>
        <translation>Article retourné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagé)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>REFUND incl. VAT %1</source>
        <translation>REMBOURSEMENT TTC %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded as: %1</source>
        <translation>Remboursé en : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store credit usable as a payment: give credit note n° %1</source>
        <translation>Avoir utilisable comme paiement : présentez l&apos;avoir n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit note n° %1 — signature %2</source>
        <translation>Avoir n° %1 — signature %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ReceiptPanel</name>
    <message>
        <location filename="../../ui/sale/ReceiptPanel.cpp" line="+15"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Receipt saved: %1</source>
        <translation>Ticket enregistré : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ReceiptPrinter</name>
    <message>
        <location filename="../../ui/sale/ReceiptPrinter.cpp" line="+36"/>
        <source>The PDF could not be written to %1</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer le ticket en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::RescheduleDialog</name>
    <message>
        <location filename="../../ui/appointments/RescheduleDialog.cpp" line="+35"/>
        <source>Move appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2, now on %3</source>
        <translation>%1 — %2, actuellement le %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart:</source>
        <translation>Déb&amp;ut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>Du&amp;rée:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move</source>
        <translation>Dé&amp;placer</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ReturnLinesModel</name>
    <message>
        <location filename="../../ui/sale/ReturnLinesModel.cpp" line="+117"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already returned</source>
        <translation>Déjà retourné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returnable</source>
        <translation>Retournable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To return</source>
        <translation>À retourner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::ReturnsPage</name>
    <message>
        <location filename="../../ui/sale/ReturnsPage.cpp" line="+55"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Damaged goods (not put back on the shelf)</source>
        <translation>Marchandise &amp;endommagée (non remise en rayon)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record the return</source>
        <translation>&amp;Enregistrer le retour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt number, then Enter</source>
        <translation>Numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Original method of payment</source>
        <translation>Moyen de paiement d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit (credit note usable later)</source>
        <translation>Avoir (utilisable plus tard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. wrong size, faulty</source>
        <translation>ex. mauvaise taille, défectueux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sale n°</source>
        <translation>Vente n°</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fund</source>
        <translation>Re&amp;mboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son</source>
        <translation>Mo&amp;tif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the quantity to return in the &quot;To return&quot; column (arrows to move, a number then Enter), then Record the return.</source>
        <translation>Saisissez la quantité à retourner dans la colonne « À retourner » (flèches pour se déplacer, un nombre puis Entrée), puis Enregistrer le retour.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the number printed on the receipt</source>
        <translation>Saisissez le numéro imprimé sur le ticket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sale n° %1</source>
        <translation>Aucune vente n° %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product #%1</source>
        <translation>Produit n° %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale n° %1 of %2 — %3 — customer: %4 — paid by %5</source>
        <translation>Vente n° %1 du %2 — %3 — client : %4 — payée par %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original method of payment (%1)</source>
        <translation>Moyen de paiement d&apos;origine (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one quantity to return</source>
        <translation>Choisissez au moins une quantité à retourner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why the goods come back</source>
        <translation>Indiquez pourquoi la marchandise revient</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This refund is above the approval threshold: a manager must sign in to approve it</source>
        <translation>Ce remboursement dépasse le seuil d&apos;approbation : un responsable doit se connecter pour l&apos;approuver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 may not approve refunds</source>
        <translation>%1 n&apos;est pas autorisé à approuver les remboursements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credit note n° %1 recorded — refund %2 (%3)</source>
        <translation>Avoir n° %1 enregistré — remboursement %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credit-note-%1.pdf</source>
        <translation>avoir-%1.pdf</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manager approval</source>
        <translation>Approbation d&apos;un responsable</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::RevenueTrendChart</name>
    <message>
        <location filename="../../ui/dashboard/RevenueTrendChart.cpp" line="+40"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period, %1 – %2</source>
        <translation>Période précédente, %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week (from Monday)</source>
        <translation>par semaine (à partir du lundi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>€ %1</source>
        <translation>€ %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::RfmSegmentChart</name>
    <message>
        <location filename="../../ui/dashboard/RfmSegmentChart.cpp" line="+8"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n customer(s)
%2 spent over 24 months</source>
        <translation>
            <numerusform>%1 : %n client
%2 dépensés sur 24 mois</numerusform>
            <numerusform>%1 : %n clients
%2 dépensés sur 24 mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>Potentiels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can&apos;t lose</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::RoleNames</name>
    <message>
        <location filename="../../ui/admin/RoleNames.cpp" line="+22"/>
        <source>Sales associate</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store manager</source>
        <translation>Directeur d&apos;agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT technician</source>
        <translation>Technicien réseau</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SaleCounter</name>
    <message>
        <location filename="../../ui/sale/SaleCounter.cpp" line="+52"/>
        <source>Search (F2)</source>
        <translation>Rechercher (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price… (F4)</source>
        <translation>Prix… (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay (F12)</source>
        <translation>Payer (F12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan or type an EAN-13 or a SKU, or a name, then Enter</source>
        <translation>Scannez ou saisissez un EAN-13, une référence ou un nom, puis Entrée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter adds · + / − quantity · Delete removes the line · F2 products · F3 customer%1 · F12 pay</source>
        <translation>Entrée ajoute · + / − quantité · Suppr retire la ligne · F2 produits · F3 client%1 · F12 payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · F4 price</source>
        <translation> · F4 prix</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Invalid barcode (wrong check digit): %1</source>
        <translation>Code-barres invalide (mauvaise clé de contrôle) : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown barcode: %1</source>
        <translation>Code-barres inconnu : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown code: %1</source>
        <translation>Code inconnu : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is no longer sold</source>
        <translation>%1 n&apos;est plus vendu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The basket is empty: scan an article first</source>
        <translation>Le panier est vide : scannez d&apos;abord un article</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sale n° %1 recorded — change %2</source>
        <translation>Vente n° %1 enregistrée — monnaie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale n° %1 recorded — %2</source>
        <translation>Vente n° %1 enregistrée — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt-%1.pdf</source>
        <translation>ticket-%1.pdf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a line first</source>
        <translation>Sélectionnez d&apos;abord une ligne</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete removes the line</source>
        <translation>Suppr retire la ligne</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SaleCustomerBar</name>
    <message>
        <location filename="../../ui/sale/SaleCustomerBar.cpp" line="+21"/>
        <source>Find… (F3)</source>
        <translation>Rechercher… (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer: loyalty card, phone or e-mail, then Enter</source>
        <translation>Client : carte de fidélité, téléphone ou e-mail, puis Entrée</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No customer with the card, phone or e-mail &quot;%1&quot;</source>
        <translation>Aucun client avec la carte, le téléphone ou l&apos;e-mail « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach a customer</source>
        <translation>Associer un client</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 — %n loyalty point(s)</source>
        <translation>
            <numerusform>%1 — %n point de fidélité</numerusform>
            <numerusform>%1 — %n points de fidélité</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SaleLinesModel</name>
    <message>
        <location filename="../../ui/sale/SaleLinesModel.cpp" line="+59"/>
        <source>SKU %1</source>
        <translation>Réf. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAN %1</source>
        <translation>EAN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price changed: %1</source>
        <translation>Prix modifié : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SalePage</name>
    <message>
        <location filename="../../ui/sale/SalePage.cpp" line="+17"/>
        <source>&amp;Counter</source>
        <translation>&amp;Comptoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Returns</source>
        <translation>&amp;Retours</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SaleTotalsView</name>
    <message>
        <location filename="../../ui/sale/SaleTotalsView.cpp" line="+60"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Tous taux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+56"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tore</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is applied the next time Comptoir starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de Comptoir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database &amp;file:</source>
        <translation>&amp;Fichier de base de données:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database in use now is %1. Another file is opened the next time Comptoir starts; for several workstations, point them all to the same shared database.</source>
        <translation>La base de données utilisée actuellement est %1. Un autre fichier sera ouvert au prochain démarrage de Comptoir ; pour plusieurs postes, faites-les tous pointer vers la même base de données partagée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on receipts and reports. Stored in the database, shared by every workstation.</source>
        <translation>Imprimé sur les tickets et les rapports. Enregistré dans la base de données, commun à tous les postes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the store manager or the IT technician can change the store&apos;s identity.</source>
        <translation>Seuls le directeur d&apos;agence et le technicien réseau peuvent modifier l&apos;identité du magasin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is written there each time Comptoir closes. Prefer a folder on another disk or a network share.</source>
        <translation>Une sauvegarde y est écrite à chaque fermeture de Comptoir. Préférez un dossier sur un autre disque ou un partage réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups &amp;kept:</source>
        <translation>Sauvegardes &amp;conservées:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The oldest automatic backups beyond this number are removed.</source>
        <translation>Au-delà de ce nombre, les sauvegardes automatiques les plus anciennes sont supprimées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the store manager or the IT technician can change this number.</source>
        <translation>Seuls le directeur d&apos;agence et le technicien réseau peuvent modifier ce nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comptoir databases (*.db);;All files (*)</source>
        <translation>Bases de données Comptoir (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::SignInDialog</name>
    <message>
        <location filename="../../ui/shell/SignInDialog.cpp" line="+20"/>
        <source>Sign in — Comptoir</source>
        <translation>Connexion — Comptoir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::StaffRevenueChart</name>
    <message>
        <location filename="../../ui/dashboard/StaffRevenueChart.cpp" line="+8"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1
%2 — %n sale(s)</source>
        <translation>
            <numerusform>%1
%2 — %n vente</numerusform>
            <numerusform>%1
%2 — %n ventes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::Startup</name>
    <message>
        <location filename="../../ui/shell/Startup.cpp" line="+45"/>
        <location line="+193"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The database cannot be opened.

%1</source>
        <translation>La base de données ne peut pas être ouverte.

%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this store has no accounts yet; start Comptoir with a display to create them</source>
        <translation>ce magasin n&apos;a encore aucun compte ; lancez Comptoir avec un écran pour les créer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The backup was not restored; the database is unchanged.

%1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée ; la base de données est inchangée.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 is restored. The replaced database is kept as %2.</source>
        <translation>La sauvegarde %1 est restaurée. La base remplacée est conservée sous %2.</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::StockMoveDialog</name>
    <message>
        <location filename="../../ui/stock/StockMoveDialog.cpp" line="+25"/>
        <location line="+63"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Casse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2, in stock: %3</source>
        <translation>%1 — %2, en stock : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock adjustment</source>
        <translation>Ajustement de stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change (+ or −):</source>
        <translation>&amp;Variation (+ ou −):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. inventory count (required)</source>
        <translation>ex. : inventaire (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record adjustment</source>
        <translation>&amp;Enregistrer l&apos;ajustement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock loss</source>
        <translation>Perte de stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units lost:</source>
        <translation>&amp;Unités perdues:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. breakage, theft (required)</source>
        <translation>ex. : casse, vol (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record loss</source>
        <translation>&amp;Enregistrer la perte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Units received:</source>
        <translation>&amp;Unités reçues:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. delivery note number (optional)</source>
        <translation>ex. : numéro du bon de livraison (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record delivery</source>
        <translation>&amp;Enregistrer la livraison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No supplier</source>
        <translation>Aucun fournisseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level after:</source>
        <translation>Stock après:</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::StockPage</name>
    <message>
        <location filename="../../ui/stock/StockPage.cpp" line="+48"/>
        <source>&amp;Below threshold only</source>
        <translation>Sous le &amp;seuil uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery…</source>
        <translation>&amp;Livraison…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adjustment…</source>
        <translation>&amp;Ajustement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loss…</source>
        <translation>&amp;Perte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xporter cette liste…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name, SKU or EAN-13</source>
        <translation>Rechercher par nom, SKU ou EAN-13</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the products shown, with the search and filter applied, as CSV or XLSX</source>
        <translation>Exporter les produits affichés, avec la recherche et le filtre appliqués, en CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Below its reorder threshold</source>
        <translation>Sous son seuil de réapprovisionnement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user #%1</source>
        <translation>utilisateur n° %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The stock list: the products below their reorder threshold</source>
        <translation>La liste du stock : les produits sous leur seuil de réapprovisionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock list: the products below their reorder threshold matching &quot;%1&quot;</source>
        <translation>La liste du stock : les produits sous leur seuil de réapprovisionnement correspondant à « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stock list: every product</source>
        <translation>La liste du stock : tous les produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock list: the products matching &quot;%1&quot; (at most %2, as shown)</source>
        <translation>La liste du stock : les produits correspondant à « %1 » (au plus %2, comme affiché)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stock-list</source>
        <translation>liste-stock</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a product to see its stock moves.</source>
        <translation>Sélectionnez un produit pour voir ses mouvements de stock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves of %1 — %2</source>
        <translation>Mouvements de %1 — %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::TimelineModel</name>
    <message>
        <location filename="../../ui/customers/TimelineModel.cpp" line="+16"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-show</source>
        <translation>non honoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>Arrhes / acompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt no. %1, items: %2</source>
        <translation>Ticket n° %1, articles : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note no. %1</source>
        <translation>Avoir n° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note no. %1: %2</source>
        <translation>Avoir n° %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>comptoir::ui::TopProductsChart</name>
    <message>
        <location filename="../../ui/dashboard/TopProductsChart.cpp" line="+8"/>
        <source>Revenue incl. VAT</source>
        <translation>Chiffre d&apos;affaires TTC</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1
%2 — %n sold</source>
        <translation>
            <numerusform>%1
%2 — %n vendu</numerusform>
            <numerusform>%1
%2 — %n vendus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comptoir::ui::UsersTab</name>
    <message>
        <location filename="../../ui/admin/UsersTab.cpp" line="+29"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User created.</source>
        <translation>Utilisateur créé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is disabled.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is enabled again.</source>
        <translation>%1 est réactivé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password of %1 is reset.</source>
        <translation>Le mot de passe de %1 est réinitialisé.</translation>
    </message>
</context>
<context>
    <name>comptoir::validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="+56"/>
        <location line="+29"/>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+16"/>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is longer than 254 characters</source>
        <translation>dépasse 254 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address (expected name@domain.fr)</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail (attendu : nom@domaine.fr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address (misplaced dot)</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail (point mal placé)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a French phone number (+33 and 9 digits)</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone français (+33 et 9 chiffres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an international phone number (8 to 15 digits)</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone international (8 à 15 chiffres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a French phone number (10 digits starting with 0)</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone français (10 chiffres commençant par 0)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; is not an EAN-13 code (13 digits)</source>
        <translation>« %1 » n&apos;est pas un code EAN-13 (13 chiffres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has a wrong check digit (expected %2)</source>
        <translation>« %1 » a une clé de contrôle erronée (attendu : %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a French postal code (5 digits)</source>
        <translation>« %1 » n&apos;est pas un code postal français (5 chiffres)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be greater than zero (got %1)</source>
        <translation>doit être supérieur à zéro (reçu : %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date (expected 2026-11-23 or 23/11/2026)</source>
        <translation>« %1 » n&apos;est pas une date (attendu : 2026-11-23 ou 23/11/2026)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a valid date</source>
        <translation>n&apos;est pas une date valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before 1900</source>
        <translation>est antérieure à 1900</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a valid time</source>
        <translation>n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after the start</source>
        <translation>doit être après le début</translation>
    </message>
</context>
</TS>
