<?php
/**
 * The template for displaying the footer.
 *
 * @package Betheme
 * @author Muffin group
 */
?>

<footer id="Footer" class="clearfix">

	<div class="widgets_wrapper" style="padding:70px 0;">
		<div class="container">
			<?php for ( $mfn_col = 1; $mfn_col <= 4; $mfn_col++ ) : ?>
				<div class="column one-fourth">
					<?php mfn_footer_column( $mfn_col ); ?>
				</div>
			<?php endfor; ?>
		</div>
	</div>

	<div class="footer_copy">
		<div class="container">
			<div class="column one">

				<a id="back_to_top" class="button button_js" href=""><i class="icon-up-open-big"></i></a>

				<div class="copyright">
					&copy; <?php echo esc_html( date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?>. Alla rättigheter förbehållna. <a target="_blank" rel="nofollow" href="https://muffingroup.com">Muffin group</a>
				</div>

				<ul class="social"></ul>
			</div>
		</div>
	</div>

</footer>

</div><!-- #Wrapper -->

<?php wp_footer(); ?>

</body>
</html>
