<?php
/**
 * Mall för sidor som inte finns.
 *
 * @package Fjord
 */

get_header(); ?>

	<div id="content" class="widecolumn">

		<div class="post error404 not-found">
			<h2><?php esc_html_e( 'Sidan kunde inte hittas', 'fjord' ); ?></h2>
			<div class="entry">
				<p><?php esc_html_e( 'Tyvärr finns det ingenting på den här adressen. Kanske kan en sökning hjälpa?', 'fjord' ); ?></p>
				<?php get_search_form(); ?>
				<p><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( '&laquo; Tillbaka till startsidan', 'fjord' ); ?></a></p>
			</div>
		</div>

	</div><!-- #content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
