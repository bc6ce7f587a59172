<?php
/**
 * Dela-rad. Vanliga länkar – inga externa skript eller spårare.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_url   = rawurlencode( get_permalink() );
$ledger_title = rawurlencode( wp_strip_all_tags( get_the_title() ) );
?>
<div class="lg-share">
	<span class="lg-share__label"><?php esc_html_e( 'Dela:', 'ledger' ); ?></span>
	<a class="lg-share__link" href="<?php echo esc_url( 'https://www.facebook.com/sharer/sharer.php?u=' . $ledger_url ); ?>" rel="noopener">
		<?php echo ledger_icon( 'facebook' ); // phpcs:ignore WordPress.Security.EscapeOutput ?><span class="screen-reader-text"><?php esc_html_e( 'Dela på Facebook', 'ledger' ); ?></span>
	</a>
	<a class="lg-share__link" href="<?php echo esc_url( 'https://www.linkedin.com/sharing/share-offsite/?url=' . $ledger_url ); ?>" rel="noopener">
		<?php echo ledger_icon( 'linkedin' ); // phpcs:ignore WordPress.Security.EscapeOutput ?><span class="screen-reader-text"><?php esc_html_e( 'Dela på LinkedIn', 'ledger' ); ?></span>
	</a>
	<a class="lg-share__link" href="<?php echo esc_url( 'mailto:?subject=' . $ledger_title . '&body=' . $ledger_url ); ?>">
		<?php echo ledger_icon( 'mail' ); // phpcs:ignore WordPress.Security.EscapeOutput ?><span class="screen-reader-text"><?php esc_html_e( 'Tipsa via e-post', 'ledger' ); ?></span>
	</a>
</div>
