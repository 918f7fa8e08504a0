import { OtherHelp } from '../../components/OtherHelp';
import { useOtherHelp, useOtherHelpTexts } from '../../lib/otherHelp';

interface ServiceOtherHelpProps {
  networkSlug: string;
  networkName: string;
  /** The chosen municipality (the page's ?municipality=), or null: then nationwide and online only. */
  municipality: string | null;
  themeIds: readonly string[];
  targetGroupIds: readonly string[];
}

/**
 * The service page's "Other help nearby" (issue 18): the network's other providers that fit the
 * service's themes and target groups (or are general help) and reach the chosen municipality, after
 * the network's own deliveries and apart from them. Nothing when none fit.
 */
export function ServiceOtherHelp({
  networkSlug,
  networkName,
  municipality,
  themeIds,
  targetGroupIds,
}: ServiceOtherHelpProps) {
  const texts = useOtherHelpTexts();
  const providers = useOtherHelp({
    networkSlug,
    municipality,
    themes: themeIds,
    targetGroups: targetGroupIds,
  });
  if (!providers) return null;
  return (
    <OtherHelp
      networkName={networkName}
      providers={providers}
      heading={texts.nearbyHeading(networkName)}
      hint={municipality ? null : texts.nearbyHint}
    />
  );
}
