<?php
/**
 * Sidfoten.
 *
 * @package Quill
 */
?>
<div class="clear"></div>
</div><!-- #wrapper -->

<hr />
<div id="footer">
	<p>
		<?php
		/* translators: 1: årtal, 2: bloggens namn */
		printf( esc_html__( '&copy; %1$s %2$s', 'quill' ), esc_html( date_i18n( 'Y' ) ), esc_html( get_bloginfo( 'name' ) ) );
		?>
		&middot;
		<?php
		/* translators: %s: länk till WordPress */
		printf( __( 'Drivs med %s', 'quill' ), '<a href="https://wordpress.org/">WordPress</a>' );
		?>
		<br />
		<a href="<?php bloginfo( 'rss2_url' ); ?>"><?php _e( 'Inlägg (RSS)', 'quill' ); ?></a>
		<?php _e( 'och', 'quill' ); ?>
		<a href="<?php bloginfo( 'comments_rss2_url' ); ?>"><?php _e( 'Kommentarer (RSS)', 'quill' ); ?></a>
	</p>
</div>

</div><!-- #page -->
<?php wp_footer(); ?>
</body>
</html>
