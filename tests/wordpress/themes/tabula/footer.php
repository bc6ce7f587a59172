<?php
/**
 * Foten: widgetar (eller sökformuläret om inga finns) och en rad om webbplatsen.
 *
 * @package Tabula
 */

?>
<footer>
<?php
if ( is_active_sidebar( 'sidfot' ) ) {
	dynamic_sidebar( 'sidfot' );
} elseif ( ! is_404() && ! ( is_search() && ! have_posts() ) ) {
	// Utan widgetar: bara sökrutan (som redan står i main på 404 och tomma sökningar).
	get_search_form();
}
?>
<p>© <?php echo esc_html( wp_date( 'Y' ) ); ?> <a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a> · <a href="<?php echo esc_url( get_feed_link() ); ?>"><?php esc_html_e( 'RSS', 'tabula' ); ?></a></p>
</footer>
<?php wp_footer(); ?>
</body>
</html>
