<?php
/**
 * Informationsfältet för kris- och driftinformation (styrs i Anpassa).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

if ( ! ledger_option( 'ledger_alert_enabled' ) || '' === trim( ledger_option( 'ledger_alert_text' ) ) ) {
	return;
}

$ledger_alert_type = ledger_option( 'ledger_alert_type' );
$ledger_alert_link = ledger_option( 'ledger_alert_link' );
?>
<div class="lg-alert lg-alert--<?php echo esc_attr( $ledger_alert_type ); ?>" id="lg-alert" role="<?php echo 'crisis' === $ledger_alert_type ? 'alert' : 'region'; ?>" aria-label="<?php esc_attr_e( 'Viktig information', 'ledger' ); ?>" data-lg-alert>
	<div class="lg-container lg-alert__inner">
		<span class="lg-alert__icon"><?php echo ledger_icon( 'info' === $ledger_alert_type ? 'info' : 'alert' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
		<p class="lg-alert__text">
			<?php if ( ledger_option( 'ledger_alert_title' ) ) : ?>
				<strong class="lg-alert__title"><?php echo esc_html( ledger_option( 'ledger_alert_title' ) ); ?>:</strong>
			<?php endif; ?>
			<?php echo esc_html( ledger_option( 'ledger_alert_text' ) ); ?>
			<?php if ( $ledger_alert_link ) : ?>
				<a class="lg-alert__link" href="<?php echo esc_url( $ledger_alert_link ); ?>"><?php esc_html_e( 'Läs mer', 'ledger' ); ?></a>
			<?php endif; ?>
		</p>
		<button type="button" class="lg-alert__close" data-lg-alert-close>
			<?php echo ledger_icon( 'close' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			<span class="screen-reader-text"><?php esc_html_e( 'Dölj meddelandet', 'ledger' ); ?></span>
		</button>
	</div>
</div>
