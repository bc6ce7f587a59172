<?php
/**
 * Inga inlägg hittades.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<div class="page-content">
	<?php if ( is_search() ) : ?>
		<p><?php esc_html_e( 'Tyvärr, men inget matchade dina sökkriterier. Försök igen med andra sökord.', 'ocean' ); ?></p>
		<?php get_search_form(); ?>
	<?php elseif ( is_category() ) : ?>
		<p><?php esc_html_e( 'Det finns inga inlägg i den här kategorin.', 'ocean' ); ?></p>
	<?php elseif ( is_tag() ) : ?>
		<p><?php esc_html_e( 'Det finns inga inlägg med den här etiketten.', 'ocean' ); ?></p>
	<?php elseif ( is_author() ) : ?>
		<p><?php esc_html_e( 'Den här författaren har inte skrivit några inlägg än.', 'ocean' ); ?></p>
	<?php else : ?>
		<p><?php esc_html_e( 'Inga inlägg hittades.', 'ocean' ); ?></p>
	<?php endif; ?>
</div><!-- .page-content -->
