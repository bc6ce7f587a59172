<?php
/**
 * Sidfot: stänger #wrapper och #page.
 *
 * @package Fjord
 */
?>
	</div><!-- #wrapper -->

	<div id="footer">
		<p>
			&copy; <?php echo esc_html( date_i18n( 'Y' ) ); ?> <a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>.
			<?php
			printf(
				/* translators: %s: länk till WordPress.org */
				esc_html__( 'Drivs med %s.', 'fjord' ),
				'<a href="' . esc_url( __( 'https://sv.wordpress.org/', 'fjord' ) ) . '">WordPress</a>'
			);
			?>
			<a href="<?php echo esc_url( get_feed_link() ); ?>"><?php esc_html_e( 'Inlägg (RSS)', 'fjord' ); ?></a> |
			<a href="<?php echo esc_url( get_feed_link( 'comments_rss2' ) ); ?>"><?php esc_html_e( 'Kommentarer (RSS)', 'fjord' ); ?></a>
		</p>
	</div><!-- #footer -->

</div><!-- #page -->

<?php wp_footer(); ?>
</body>
</html>
