<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>comptoir</name>
    <message>
        <location filename="../../core/io/AtomicFileWriter.cpp" line="+21"/>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="+22"/>
        <source>the input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvWriter.cpp" line="+27"/>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <location filename="../../core/io/import/ImportRow.cpp" line="+27"/>
        <source>not a VAT rate: &quot;%1&quot;</source>
        <translation>« %1 » n&apos;est pas un taux de TVA</translation>
    </message>
    <message>
        <location filename="../../core/io/ValueParsers.cpp" line="+20"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
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
</context>
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
        <location filename="../../core/storage/AppointmentRepository.cpp" line="+79"/>
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
        <location filename="../../core/services/AppointmentService.cpp" line="+33"/>
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
    <name>comptoir::AtomicFileWriter</name>
    <message>
        <location filename="../../core/io/AtomicFileWriter.cpp" line="+20"/>
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
        <location filename="../../core/services/AuthService.cpp" line="+62"/>
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
        <location filename="../../core/services/BackupService.cpp" line="+59"/>
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
        <location line="+142"/>
        <source>folder does not exist: %1</source>
        <translation>le dossier n&apos;existe pas : %1</translation>
    </message>
    <message>
        <location line="-132"/>
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
        <location line="+60"/>
        <source>the database %1 is damaged (%2) and no good backup was found in %3</source>
        <translation>la base de données %1 est endommagée (%2) et aucune sauvegarde valide n&apos;a été trouvée dans %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database %1 is damaged (%2). The latest good backup is %3: restore it (comptoir-cli restore %3 %1).</source>
        <translation>la base de données %1 est endommagée (%2). La dernière sauvegarde valide est %3 : restaurez-la (comptoir-cli restore %3 %1).</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <name>comptoir::BulkStatement</name>
    <message>
        <location filename="../../core/storage/BulkStatement.cpp" line="+73"/>
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
        <location filename="../../core/io/import/ColumnMapping.cpp" line="+136"/>
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
        <location filename="../../core/storage/ComplaintRepository.cpp" line="+91"/>
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
        <location filename="../../core/services/ComplaintService.cpp" line="+41"/>
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
        <location filename="../../core/services/ConsentService.cpp" line="+42"/>
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
        <location filename="../../core/storage/CreditNoteRepository.cpp" line="+72"/>
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
        <location filename="../../core/io/CsvReader.cpp" line="+66"/>
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
        <location filename="../../core/io/CsvWriter.cpp" line="+96"/>
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
    <name>comptoir::CustomerImportWriter</name>
    <message>
        <location filename="../../core/io/import/CustomerImportWriter.cpp" line="+55"/>
        <location line="+40"/>
        <source>card %1 already belongs to customer #%2</source>
        <translation>la carte %1 appartient déjà au client n° %2</translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerRepository</name>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="+124"/>
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
        <location filename="../../core/services/CustomerService.cpp" line="+52"/>
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
        <location line="+7"/>
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
        <location line="+35"/>
        <source>no SQLite handle</source>
        <translation>aucune connexion SQLite</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../core/storage/DemoStoreWriter.cpp" line="+49"/>
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
        <location line="+26"/>
        <source>listing the indexes</source>
        <translation>la liste des index</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reading the last id of %1</source>
        <translation>la lecture du dernier identifiant de %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../core/storage/DemoStoreWriterRows.cpp" line="+20"/>
        <source>the demo load has not begun</source>
        <translation>le chargement des données de démonstration n&apos;a pas commencé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>could not put the database back in WAL mode (journal mode is %1)</source>
        <translation>impossible de remettre la base de données en mode WAL (le mode de journalisation est %1)</translation>
    </message>
</context>
<context>
    <name>comptoir::DepositRepository</name>
    <message>
        <location filename="../../core/storage/DepositRepository.cpp" line="+41"/>
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
        <location filename="../../core/services/DepositService.cpp" line="+30"/>
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
    <name>comptoir::Error</name>
    <message>
        <location filename="../../core/domain/Error.h" line="+55"/>
        <source>permission denied: %1</source>
        <translation>permission refusée : %1</translation>
    </message>
</context>
<context>
    <name>comptoir::ImportBulkRepository</name>
    <message>
        <location filename="../../core/storage/ImportBulkRepository.cpp" line="+57"/>
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
        <location filename="../../core/io/import/ImportRow.cpp" line="+49"/>
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
        <location filename="../../core/services/ImportService.cpp" line="+93"/>
        <location line="+110"/>
        <source>the file is empty: no header line</source>
        <translation>le fichier est vide : pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+102"/>
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
        <location filename="../../core/services/InteractionService.cpp" line="+42"/>
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
    <name>comptoir::LedgerVerifier</name>
    <message>
        <location filename="../../core/services/LedgerVerifier.cpp" line="+26"/>
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
    <name>comptoir::ProductImportWriter</name>
    <message>
        <location filename="../../core/io/import/CatalogueImportWriters.cpp" line="+75"/>
        <source>SKU %1 already exists (product #%2)</source>
        <translation>le SKU %1 existe déjà (produit n° %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EAN-13 %1 already belongs to product %2</source>
        <translation>l&apos;EAN-13 %1 appartient déjà au produit %2</translation>
    </message>
</context>
<context>
    <name>comptoir::ProductRepository</name>
    <message>
        <location filename="../../core/storage/ProductRepository.cpp" line="+104"/>
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
        <location filename="../../core/services/ProductService.cpp" line="+58"/>
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
        <source>no store is set up yet</source>
        <translation>aucun magasin n&apos;est encore configuré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no sale #%1</source>
        <translation>aucune vente n° %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+33"/>
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
    <name>comptoir::SaleRepository</name>
    <message>
        <location filename="../../core/storage/SaleRepository.cpp" line="+93"/>
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
        <location line="+23"/>
        <source>crediting the customer&apos;s loyalty points</source>
        <translation>le crédit des points de fidélité du client</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../core/services/SaleService.cpp" line="+27"/>
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
        <location line="+14"/>
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
    <name>comptoir::StockMoveImportWriter</name>
    <message>
        <location filename="../../core/io/import/CatalogueImportWriters.cpp" line="+116"/>
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
    <name>comptoir::StockRepository</name>
    <message>
        <location filename="../../core/storage/StockRepository.cpp" line="+52"/>
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
        <location line="+79"/>
        <source>sign in first</source>
        <translation>connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>this database already has a store</source>
        <translation>cette base de données a déjà un magasin</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <name>comptoir::SupplierImportWriter</name>
    <message>
        <location filename="../../core/io/import/CatalogueImportWriters.cpp" line="-55"/>
        <source>supplier &quot;%1&quot; already exists</source>
        <translation>le fournisseur « %1 » existe déjà</translation>
    </message>
</context>
<context>
    <name>comptoir::SupplierLookup</name>
    <message>
        <location line="-108"/>
        <source>unknown supplier &quot;%1&quot;</source>
        <translation>fournisseur « %1 » inconnu</translation>
    </message>
</context>
<context>
    <name>comptoir::SupplierRepository</name>
    <message>
        <location filename="../../core/storage/SupplierRepository.cpp" line="+65"/>
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
        <location filename="../../core/storage/UserRepository.cpp" line="+54"/>
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
        <location filename="../../core/io/ValueParsers.cpp" line="+28"/>
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
    <name>comptoir::ui</name>
    <message>
        <location filename="../../ui/shell/Startup.cpp" line="+43"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The database cannot be opened.

%1</source>
        <translation>La base de données ne peut pas être ouverte.

%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this store has no accounts yet; start Comptoir with a display to create them</source>
        <translation>ce magasin n&apos;a encore aucun compte ; lancez Comptoir avec un écran pour les créer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
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
        <location filename="../../ui/appointments/AppointmentsPage.cpp" line="+46"/>
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
        <location filename="../../ui/shell/Areas.cpp" line="+16"/>
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
</context>
<context>
    <name>comptoir::ui::ComplaintDetail</name>
    <message>
        <location filename="../../ui/complaints/ComplaintDetail.cpp" line="+42"/>
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
        <location filename="../../ui/complaints/ComplaintsPage.cpp" line="+40"/>
        <source>&amp;New complaint…</source>
        <translation>&amp;Nouvelle réclamation…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All open</source>
        <translation>Toutes les ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location line="+11"/>
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
        <translation>Accepte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opt out</source>
        <translation>Refuse</translation>
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
    <name>comptoir::ui::CustomerListPage</name>
    <message>
        <location filename="../../ui/customers/CustomerListPage.cpp" line="+27"/>
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
        <location line="+4"/>
        <source>Search by name, e-mail, phone or city</source>
        <translation>Rechercher par nom, e-mail, téléphone ou ville</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the two records of the same person in the list (Ctrl+click), then merge them</source>
        <translation>Sélectionnez dans la liste les deux fiches de la même personne (Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
        <location line="+106"/>
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
        <location filename="../../ui/customers/CustomerPage.cpp" line="+48"/>
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
    <name>comptoir::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="+27"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
    <name>comptoir::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+61"/>
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
        <location filename="../../ui/stock/StockPage.cpp" line="+55"/>
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
        <location line="+10"/>
        <source>Search by name, SKU or EAN-13</source>
        <translation>Rechercher par nom, SKU ou EAN-13</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+131"/>
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
