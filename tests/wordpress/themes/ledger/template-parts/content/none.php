<?php
/**
 * Inga träffar.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;
?>
<div class="lg-empty">
	<?php if ( is_search() ) : ?>
		<p class="lg-empty__title"><?php esc_html_e( 'Vi hittade tyvärr ingenting som matchade din sökning.', 'ledger' ); ?></p>
		<p><?php esc_html_e( 'Försök med andra eller färre sökord, eller kontakta vår kundtjänst så hjälper vi dig.', 'ledger' ); ?></p>
	<?php else : ?>
		<p class="lg-empty__title"><?php esc_html_e( 'Här finns inga inlägg ännu.', 'ledger' ); ?></p>
		<p><?php esc_html_e( 'Prova att söka efter det du letar efter.', 'ledger' ); ?></p>
	<?php endif; ?>
	<?php get_search_form(); ?>
</div>
