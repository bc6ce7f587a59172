<?php
/**
 * The template part for displaying a message that posts cannot be found.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<div class="no-results not-found">
	<div class="inside-article">
		<header class="entry-header">
			<h1 class="entry-title"><?php esc_html_e( 'Inget hittades', 'gpress' ); ?></h1>
		</header>

		<div class="entry-content">
			<?php if ( is_search() ) : ?>
				<p><?php esc_html_e( 'Tyvärr, inget matchade dina sökord. Försök igen med några andra ord.', 'gpress' ); ?></p>
				<?php get_search_form(); ?>
			<?php else : ?>
				<p><?php esc_html_e( 'Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.', 'gpress' ); ?></p>
				<?php get_search_form(); ?>
			<?php endif; ?>
		</div>
	</div>
</div>
