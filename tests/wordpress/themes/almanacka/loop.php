<?php
/**
 * Loopen för startsida, arkiv och sökresultat.
 */
?>
<?php while ( have_posts() ) : the_post(); ?>

	<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">

		<div class="post-header">
			<?php almanacka_calendar(); ?>
			<h2 class="title"><a href="<?php the_permalink(); ?>" rel="bookmark" title="<?php printf( esc_attr__( 'Permanent länk till %s', 'almanacka' ), the_title_attribute( 'echo=0' ) ); ?>"><?php the_title(); ?></a></h2>
			<span class="comments-link"><?php comments_popup_link( __( 'Inga kommentarer', 'almanacka' ), __( '1 kommentar', 'almanacka' ), __( '% kommentarer', 'almanacka' ), '', __( 'Kommentarer avstängda', 'almanacka' ) ); ?></span>
		</div>

		<div class="entry">
			<?php if ( post_password_required() ) : ?>
				<p class="protected"><?php _e( 'Det här inlägget är lösenordsskyddat.', 'almanacka' ); ?> <a href="<?php the_permalink(); ?>"><?php _e( 'Ange lösenordet för att läsa det.', 'almanacka' ); ?></a></p>
			<?php else : ?>
				<?php if ( has_post_thumbnail() ) : ?>
				<a href="<?php the_permalink(); ?>" title="<?php the_title_attribute(); ?>"><?php the_post_thumbnail( 'thumbnail', array( 'class' => 'alignleft post-thumb' ) ); ?></a>
				<?php endif; ?>
				<?php the_excerpt(); ?>
				<p class="more"><a href="<?php the_permalink(); ?>" rel="bookmark"><?php _e( 'Läs mer &raquo;', 'almanacka' ); ?></a></p>
			<?php endif; ?>
		</div>

		<?php almanacka_postmeta(); ?>

	</div><!-- /post -->

<?php endwhile; ?>

<?php almanacka_pagination(); ?>
