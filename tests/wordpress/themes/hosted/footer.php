<?php
/**
 * The template for displaying the footer.
 *
 * @package Hosted
 */

?>
		</div><!-- #content -->
	</div><!-- #content-wrapper -->

	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-info">
			<?php hosted_footer_credit(); ?>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<?php wp_footer(); ?>

</body>
</html>
