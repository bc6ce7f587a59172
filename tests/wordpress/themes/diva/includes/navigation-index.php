<div class="pagination clearfix">
	<div class="alignleft"><?php next_posts_link( '&laquo; Äldre inlägg' ); ?></div>
	<div class="alignright"><?php previous_posts_link( 'Nyare inlägg &raquo;' ); ?></div>
</div>
