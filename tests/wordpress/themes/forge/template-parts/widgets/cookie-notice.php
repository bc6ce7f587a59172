<?php
/**
 * Cookie-banner. Markup från Cookie Notice-pluginet (som kunden hade tidigare)
 * så att de gamla stilarna i kitet fortfarande gäller. Visas av frontend.js
 * om kakan cookie_notice_accepted saknas.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$forge_privacy_url = get_privacy_policy_url();
?>

		<!-- Cookie Notice -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="<?php esc_attr_e( 'Cookie-meddelande', 'forge' ); ?>" style="background-color: rgba(29,35,39,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container"><?php esc_html_e( 'Vi använder cookies för att ge dig den bästa upplevelsen på vår webbplats. Om du fortsätter att använda webbplatsen utgår vi från att du godkänner det.', 'forge' ); ?></span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="<?php esc_attr_e( 'Godkänn', 'forge' ); ?>" style="background-color: #b4451f"><?php esc_html_e( 'Godkänn', 'forge' ); ?></a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="<?php esc_attr_e( 'Neka', 'forge' ); ?>" style="background-color: #50575e"><?php esc_html_e( 'Neka', 'forge' ); ?></a><?php if ( $forge_privacy_url ) : ?><a href="<?php echo esc_url( $forge_privacy_url ); ?>" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="<?php esc_attr_e( 'Integritetspolicy', 'forge' ); ?>" style="background-color: #50575e"><?php esc_html_e( 'Integritetspolicy', 'forge' ); ?></a><?php endif; ?></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="<?php esc_attr_e( 'Neka', 'forge' ); ?>"></span></div>
			
		</div>
		<!-- / Cookie Notice -->
