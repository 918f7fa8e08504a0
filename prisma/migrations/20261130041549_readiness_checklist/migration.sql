-- CreateEnum
CREATE TYPE "readiness_status" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED');

-- AlterTable
ALTER TABLE "network_membership" ADD COLUMN     "status_reason" TEXT,
ADD COLUMN     "status_since" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "taxonomy_term" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "readiness_template_item" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "readiness_template_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "readiness_item" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "template_item_id" UUID,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "status" "readiness_status" NOT NULL DEFAULT 'NOT_STARTED',
    "owner_name" TEXT,
    "notes" TEXT,
    "updated_by_id" TEXT,
    "updated_by_label" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "readiness_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "readiness_template_item_network_id_position_idx" ON "readiness_template_item"("network_id", "position");

-- CreateIndex
CREATE INDEX "readiness_item_delivery_id_position_idx" ON "readiness_item"("delivery_id", "position");

-- CreateIndex
CREATE INDEX "service_delivery_status_idx" ON "service_delivery"("status");

-- AddForeignKey
ALTER TABLE "readiness_template_item" ADD CONSTRAINT "readiness_template_item_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "readiness_item" ADD CONSTRAINT "readiness_item_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "service_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- The default readiness checklist: the 13 steps of the Perhelinja model (shared/domain BRIEF.md,
-- source 001), in Finnish, Swedish and English. Added to every existing network here and to every new
-- network by the trigger below, so the wording lives only in this function.
CREATE FUNCTION "add_default_readiness_template"(target_network UUID) RETURNS VOID
LANGUAGE SQL AS $$
INSERT INTO "readiness_template_item" ("id", "network_id", "position", "title", "description", "updated_at")
SELECT gen_random_uuid(), target_network, step.position, step.title::jsonb, step.description::jsonb, CURRENT_TIMESTAMP
FROM (VALUES
  (1,
   '{"fi":"Ydintarkoitus","sv":"Kärnsyfte","en":"Core purpose"}',
   '{"fi":"Miksi jalkautamme tämän palvelun, miten sen tavoitteet liittyvät strategiaamme ja tukeeko johto sitä aidosti?","sv":"Varför för vi ut den här tjänsten, hur hänger dess mål ihop med vår strategi och stöder ledningen den på riktigt?","en":"Why are we deploying this service, how do its goals link to our strategy, and does management really back it?"}'),
  (2,
   '{"fi":"Oikeat ihmiset ja tuki","sv":"Rätt personer och stöd","en":"Right people and support"}',
   '{"fi":"Onko jalkautuvalla työntekijällä tarvittava osaaminen, johdon tuki ja toimivat työolot alueella?","sv":"Har den utsända medarbetaren den kompetens, det stöd från ledningen och de arbetsförhållanden som behövs i regionen?","en":"Does the deployed worker have the needed skills, management support and working conditions in the region?"}'),
  (3,
   '{"fi":"Aiemmat kokemukset","sv":"Tidigare erfarenheter","en":"Benchmark"}',
   '{"fi":"Mitä aiempia jalkautuvien palvelujen kokeiluja on, ja mikä niissä toimi tai epäonnistui niin, että voimme hyödyntää sitä?","sv":"Vilka tidigare försök med utsända tjänster finns, och vad fungerade eller misslyckades som vi kan dra nytta av?","en":"What earlier pilots of deployed services exist, and what worked or failed that we can reuse?"}'),
  (4,
   '{"fi":"Tunne alue","sv":"Känn regionen","en":"Know the region"}',
   '{"fi":"Millainen kohdealue on: missä sen palvelut ovat, miten ihmiset liikkuvat ja kuinka hyvä julkinen liikenne on?","sv":"Hurdan är målregionen: var finns dess tjänster, hur rör sig människor och hur bra är kollektivtrafiken?","en":"What is the target region like: where are its services, how do people move, how good is public transport?"}'),
  (5,
   '{"fi":"Tunne kohderyhmä","sv":"Känn målgruppen","en":"Know the target group"}',
   '{"fi":"Ketä tarkalleen tavoitellaan (myös rajatapaukset)? Kuinka moni alueella asuu, millainen on heidän taustansa ja erityistarpeensa (esim. kieli)? Miten kuulemme heidän toiveensa?","sv":"Vem riktar vi oss exakt till (även gränsfall)? Hur många bor där, med vilken bakgrund och vilka särskilda behov (t.ex. språk)? Hur får vi höra deras önskemål?","en":"Who exactly is targeted (including edge cases)? How many live there, with what background and special needs (e.g. language)? How will we hear their wishes?"}'),
  (6,
   '{"fi":"Selkeä palvelusisältö","sv":"Tydligt tjänsteinnehåll","en":"Clear service content"}',
   '{"fi":"Mitkä palvelut jalkautetaan ja miksi? Vastaavatko ne tarpeisiin, ja onko jokainen kuvattu niin, että maallikko tunnistaa oman tarpeensa ja tietää, miten apua saa?","sv":"Vilka tjänster förs ut och varför? Motsvarar de behoven, och är var och en beskriven så att en lekman känner igen sitt eget behov och vet hur man får hjälp?","en":"Which services go out and why? Do they meet the needs, and is each described so that a layperson recognises their own need and knows how to get help?"}'),
  (7,
   '{"fi":"Tavoittamisen keinot","sv":"Sätt att nå målgruppen","en":"How to reach people"}',
   '{"fi":"Mitkä kanavat tai keinot tavoittavat kohderyhmän, sopivatko ne sen piirteisiin ja tarvitaanko kannustimia?","sv":"Vilka kanaler eller medel når målgruppen, passar de dess egenskaper och behövs incitament?","en":"Which channels or means reach the target group, do they suit its traits, and are incentives needed?"}'),
  (8,
   '{"fi":"Kumppaniverkostot","sv":"Partnernätverk","en":"Partner networks"}',
   '{"fi":"Keitä ovat keskeiset paikalliset kumppanit, joiden puoleen perheet kääntyvät, mitä he saavat ja antavat, ja miten motivoimme heitä (työkalut, foorumit)?","sv":"Vilka är de viktigaste lokala partnerna som familjer vänder sig till, vad får och ger de, och hur motiverar vi dem (verktyg, forum)?","en":"Who are the key local partners that families turn to, what do they gain and give, and how do we motivate them (tools, forums)?"}'),
  (9,
   '{"fi":"Rakenteet koordinoivalla johtajuudella","sv":"Strukturer genom samordnande ledarskap","en":"Structures through coordinating leadership"}',
   '{"fi":"Mitkä rakenteet, tavoitteet, seuranta ja arviointi saavat yhteistyön nojaamaan rakenteisiin eikä yksittäisiin ihmisiin?","sv":"Vilka strukturer, mål, uppföljning och utvärdering gör att samarbetet vilar på strukturer i stället för på enskilda personer?","en":"What structures, goals, follow-up and evaluation make the cooperation rest on structures rather than on individuals?"}'),
  (10,
   '{"fi":"Näkyvyys","sv":"Synlighet","en":"Visibility"}',
   '{"fi":"Mitkä monipuoliset kanavat, ydinviesti, viestinnän tavoitteet, materiaalit ja osaaminen tekevät palvelusta näkyvän?","sv":"Vilka varierande kanaler, kärnbudskap, kommunikationsmål, material och färdigheter gör tjänsten synlig?","en":"Which varied channels, key message, communications goals, materials and skills make the service visible?"}'),
  (11,
   '{"fi":"Riittävästi aikaa","sv":"Tillräckligt med tid","en":"Enough time"}',
   '{"fi":"Onko kartoitukseen, verkostojen rakentamiseen, kohderyhmän tavoittamiseen ja mallin kokeiluun varattu riittävästi aikaa, ja onko suunnitelma realistinen?","sv":"Har tillräckligt med tid reserverats för kartläggning, nätverksbygge, att nå målgruppen och att testa modellen, och är planen realistisk?","en":"Is enough time reserved for mapping, building networks, reaching the target group and testing the model, and is the plan realistic?"}'),
  (12,
   '{"fi":"Arvioi, korjaa ja näytä edistyminen","sv":"Utvärdera, korrigera och visa framsteg","en":"Evaluate, correct, show progress"}',
   '{"fi":"Kuinka usein ja kenen kanssa arvioimme edistymistä? Mitä korjaamme, ja miten säilytämme sen, mikä toimii?","sv":"Hur ofta och med vem går vi igenom framstegen? Vad korrigerar vi, och hur behåller vi det som fungerar?","en":"How often, and with whom, do we review progress? What do we correct, and how do we keep what works?"}'),
  (13,
   '{"fi":"Varasuunnitelma","sv":"Reservplan","en":"Backup plan"}',
   '{"fi":"Jos suunnitelma ei toimi, mikä muu reitti johtaa samaan tulokseen, ja miten muutos aikataulutetaan ja resursoidaan?","sv":"Om planen misslyckas, vilken annan väg leder till samma resultat, och hur schemaläggs och resurssätts den förändringen?","en":"If the plan fails, what other route reaches the same result, and how is that change scheduled and resourced?"}')
) AS step(position, title, description);
$$;

CREATE FUNCTION "network_default_readiness_template"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_default_readiness_template"(NEW."id");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "network_default_readiness_template"
AFTER INSERT ON "network"
FOR EACH ROW EXECUTE FUNCTION "network_default_readiness_template"();

SELECT "add_default_readiness_template"("id") FROM "network";
