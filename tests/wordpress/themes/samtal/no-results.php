<?php
/**
 * Inga träffar.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<div class="no-results not-found">
	<div class="inside-article">
		<header class="entry-header">
			<h1 class="entry-title"><?php esc_html_e( 'Inget hittades', 'samtal' ); ?></h1>
		</header>
		<div class="entry-content">
			<?php if ( is_search() ) : ?>
				<p><?php esc_html_e( 'Tyvärr, inget matchade dina sökord. Försök igen med andra ord.', 'samtal' ); ?></p>
			<?php else : ?>
				<p><?php esc_html_e( 'Det verkar som att vi inte kan hitta det du letar efter. Kanske en sökning kan hjälpa.', 'samtal' ); ?></p>
			<?php endif; ?>
			<?php get_search_form(); ?>
		</div>
	</div>
</div>
