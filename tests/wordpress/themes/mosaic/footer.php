<?php
/**
 * Sidfot.
 *
 * @package Mosaic
 */
?>
</div><!-- .ms-layout -->

<footer class="ms-colophon">
	<div class="ms-colophon__inner">
		<p>
			&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?>
			<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>
			&middot;
			<?php
			printf(
				/* translators: %s: WordPress. */
				esc_html__( 'Drivs med %s', 'mosaic' ),
				'<a href="' . esc_url( __( 'https://sv.wordpress.org/', 'mosaic' ) ) . '">WordPress</a>'
			);
			?>
		</p>
	</div>
</footer>

<?php wp_footer(); ?>
</body>
</html>
